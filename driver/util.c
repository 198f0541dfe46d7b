// SPDX-License-Identifier: GPL-2.0
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p) {
		fputs("pgcheck: error: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fputs("pgcheck: error: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *d = xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	if (!s) {
		fputs("pgcheck: error: out of memory\n", stderr);
		exit(2);
	}
	return s;
}

void sb_add(struct strbuf *sb, const char *s, size_t n)
{
	if (sb->len + n + 1 > sb->cap) {
		sb->cap = (sb->len + n + 1) * 2;
		sb->buf = xrealloc(sb->buf, sb->cap);
	}
	memcpy(sb->buf + sb->len, s, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

void sb_adds(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void sb_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0) {
		fputs("pgcheck: error: out of memory\n", stderr);
		exit(2);
	}
	va_end(ap);
	sb_adds(sb, s);
	free(s);
}

void sb_free(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = 0;
}

void sv_push(struct strvec *sv, const char *s)
{
	GROW(sv->v, sv->n + 2, sv->cap);
	sv->v[sv->n++] = s ? xstrdup(s) : NULL;
	sv->v[sv->n] = NULL;
}

void sv_free(struct strvec *sv)
{
	for (int i = 0; i < sv->n; i++)
		free(sv->v[i]);
	free(sv->v);
	sv->v = NULL;
	sv->n = sv->cap = 0;
}

void error(const char *fmt, ...)
{
	va_list ap;

	fputs("pgcheck: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void notice(const char *fmt, ...)
{
	va_list ap;

	fputs("pgcheck: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int read_whole_file(const char *path, char **text, size_t *len)
{
	struct strbuf sb = { 0 };
	char buf[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (!f)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_add(&sb, buf, n);
	if (ferror(f)) {
		fclose(f);
		sb_free(&sb);
		return -1;
	}
	fclose(f);
	if (!sb.buf)
		sb_add(&sb, "", 0);
	*text = sb.buf;
	if (len)
		*len = sb.len;
	return 0;
}

static void drain(int fd, struct strbuf *sb)
{
	char buf[65536];
	ssize_t n;

	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		sb_add(sb, buf, n);
	}
}

int run_capture(char *const argv[], const char *dir, char **out, char **err)
{
	int po[2], pe[2], status;
	struct strbuf so = { 0 }, se = { 0 };
	pid_t pid;

	if (pipe(po) < 0 || pipe(pe) < 0)
		return -1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		int nul = open("/dev/null", O_RDONLY);

		dup2(nul, 0);
		dup2(po[1], 1);
		dup2(pe[1], 2);
		close(po[0]);
		close(pe[0]);
		if (dir && chdir(dir) < 0)
			_exit(127);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(po[1]);
	close(pe[1]);
	/* Outputs here are small (git): read stdout, then stderr. */
	drain(po[0], &so);
	drain(pe[0], &se);
	close(po[0]);
	close(pe[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	sb_add(&so, "", 0);
	sb_add(&se, "", 0);
	*out = so.buf;
	if (err)
		*err = se.buf;
	else
		free(se.buf);
	if (!WIFEXITED(status))
		return -1;
	if (WEXITSTATUS(status) == 127 && !so.len)
		return -1;
	return WEXITSTATUS(status);
}

/* Lexically normalise an absolute path: drop ".", "..", repeated '/'. */
static char *normalise(const char *p)
{
	char *out = xmalloc(strlen(p) + 2);
	size_t o = 0;

	while (*p) {
		const char *seg;
		size_t n;

		while (*p == '/')
			p++;
		seg = p;
		while (*p && *p != '/')
			p++;
		n = p - seg;
		if (n == 0 || (n == 1 && seg[0] == '.'))
			continue;
		if (n == 2 && seg[0] == '.' && seg[1] == '.') {
			while (o > 0 && out[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
			continue;
		}
		out[o++] = '/';
		memcpy(out + o, seg, n);
		o += n;
	}
	if (o == 0)
		out[o++] = '/';
	out[o] = '\0';
	return out;
}

static char *cwd_cached(void)
{
	static char *cwd;

	if (!cwd) {
		char buf[PATH_MAX];

		cwd = xstrdup(getcwd(buf, sizeof(buf)) ? buf : "/");
	}
	return cwd;
}

char *abs_path(const char *dir, const char *p)
{
	char buf[PATH_MAX], *joined, *res;

	if (p[0] == '/')
		joined = xstrdup(p);
	else
		joined = xasprintf("%s/%s", dir ? dir : cwd_cached(), p);
	if (realpath(joined, buf)) {
		free(joined);
		return xstrdup(buf);
	}
	res = normalise(joined);
	free(joined);
	return res;
}

const char *display_path(const char *abs)
{
	const char *cwd = cwd_cached();
	size_t n = strlen(cwd);

	if (strcmp(cwd, "/") && !strncmp(abs, cwd, n) && abs[n] == '/')
		return abs + n + 1;
	return abs;
}

int has_suffix(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && !strcmp(s + a - b, suffix);
}
