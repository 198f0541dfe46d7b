// SPDX-License-Identifier: GPL-2.0
#include "runner.h"
#include "engines.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct job {
	int unit, engine;
	pid_t pid;
	int fd;
	struct strbuf out;
};

/* Distinct (file, line, rule) seen so far, for the progress line. */
struct seen {
	unsigned long long *slot;
	size_t cap, n;
};

static unsigned long long key_of(const struct finding *f)
{
	unsigned long long h = 0xcbf29ce484222325ull;
	char line[16];

	for (const char *parts[] = { f->file, f->rule, line, NULL }, **p = parts;
	     *p; p++) {
		if (*p == line)
			snprintf(line, sizeof(line), "%d", f->line);
		for (const char *c = *p; *c; c++)
			h = (h ^ (unsigned char)*c) * 0x100000001b3ull;
		h = (h ^ 0x1f) * 0x100000001b3ull;
	}
	return h ? h : 1;
}

static void seen_add(struct seen *s, unsigned long long k)
{
	size_t i;

	if (2 * (s->n + 1) > s->cap) {
		struct seen big = { .cap = s->cap ? 2 * s->cap : 256 };

		big.slot = xmalloc(big.cap * sizeof(*big.slot));
		memset(big.slot, 0, big.cap * sizeof(*big.slot));
		for (i = 0; i < s->cap; i++)
			if (s->slot[i])
				seen_add(&big, s->slot[i]);
		free(s->slot);
		*s = big;
	}
	for (i = k % s->cap; s->slot[i]; i = (i + 1) % s->cap)
		if (s->slot[i] == k)
			return;
	s->slot[i] = k;
	s->n++;
}

struct unit_state {
	int pending;		/* engines still running on it */
	unsigned failed;	/* engines that failed on it */
	struct strbuf why;	/* their reasons */
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int start(struct job *j, const struct unit *u,
		 const struct run_options *o)
{
	struct strvec argv = { 0 };
	int p[2];

	sv_push(&argv, engines[j->engine].adapter);
	for (int i = 0; i < o->extra->n; i++)
		sv_push(&argv, o->extra->v[i]);
	for (int i = 0; i < u->flags.n; i++)
		sv_push(&argv, u->flags.v[i]);
	sv_push(&argv, u->file);
	/* Close-on-exec: no other child may hold our pipe open. */
	if (pipe2(p, O_CLOEXEC) < 0) {
		error("pipe: %m");
		sv_free(&argv);
		return -1;
	}
	j->pid = fork();
	if (j->pid < 0) {
		error("fork: %m");
		close(p[0]);
		close(p[1]);
		sv_free(&argv);
		return -1;
	}
	if (j->pid == 0) {
		int nul = open("/dev/null", O_RDONLY);

		dup2(nul, 0);
		dup2(p[1], 1);
		dup2(p[1], 2);
		if (u->dir && chdir(u->dir) < 0) {
			fprintf(stderr, "cannot enter %s: %m\n", u->dir);
			_exit(127);
		}
		execv(argv.v[0], argv.v);
		fprintf(stderr, "cannot run %s: %m\n", argv.v[0]);
		_exit(127);
	}
	close(p[1]);
	j->fd = p[0];
	j->out = (struct strbuf){ 0 };
	sv_free(&argv);
	return 0;
}

/* The last non-empty line of an adapter's output, for error messages. */
static char *last_line(const char *s)
{
	const char *end = s + strlen(s), *b;

	while (end > s && (end[-1] == '\n' || end[-1] == ' '))
		end--;
	for (b = end; b > s && b[-1] != '\n'; b--)
		;
	return xstrndup(b, end - b);
}

static void finish(struct job *j, int status, const struct unit *u,
		   struct unit_state *st, struct result *r)
{
	const char *dir = u->dir;
	int n, code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	char *why = NULL, *tail;

	sb_add(&j->out, "", 0);
	n = parse_engine_output(j->out.buf, dir, j->engine, &r->fs);
	tail = last_line(j->out.buf);
	if (WIFSIGNALED(status))
		why = xasprintf("killed by signal %d%s%s",
				WTERMSIG(status), tail[0] ? ": " : "", tail);
	else if (code != 0 && code != 1)
		why = xasprintf("exit %d%s%s", code, tail[0] ? ": " : "",
				tail);
	else if (code == 1 && n == 0)
		why = xasprintf("exit 1 but no finding in its output%s%s",
				tail[0] ? ": " : "", tail);
	free(tail);
	if (why) {
		st->failed |= 1u << j->engine;
		sb_addf(&st->why, "%s%s: %s", st->why.len ? "; " : "",
			engines[j->engine].name, why);
		free(why);
	}
	sb_free(&j->out);
}

static void unit_done(const struct unit *u, struct unit_state *st,
		      const struct run_options *o, struct result *r)
{
	if (!st->failed)
		return;
	if (st->failed == o->engines) {
		add_tool_error(r, u->file, -1, xstrdup(st->why.buf));
	} else {
		for (int e = 0; e < NR_ENGINES; e++)
			if (st->failed & (1u << e))
				add_tool_error(r, u->file, e,
					       xstrdup(st->why.buf));
	}
	sb_free(&st->why);
}

/* Biggest files first: the last jobs to start are short, so -j N ends level. */
static const long *sort_sizes;

static int cmp_size(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	if (sort_sizes[x] != sort_sizes[y])
		return sort_sizes[x] < sort_sizes[y] ? 1 : -1;
	return x - y;
}

static int *biggest_first(const struct units *us)
{
	int *order = xmalloc((us->n + 1) * sizeof(*order));
	long *size = xmalloc((us->n + 1) * sizeof(*size));
	struct stat st;

	for (int i = 0; i < us->n; i++) {
		order[i] = i;
		size[i] = stat(us->v[i].file, &st) < 0 ? 0 : (long)st.st_size;
	}
	sort_sizes = size;
	qsort(order, us->n, sizeof(*order), cmp_size);
	sort_sizes = NULL;
	free(size);
	return order;
}

static void show_progress(int done, int total, int findings, double t0,
			  int final)
{
	double el = now() - t0;
	int left = done ? (int)(el / done * (total - done) + 0.5) : -1;

	fprintf(stderr, "\r\033[K[%d/%d files] %d finding%s, %d:%02d elapsed",
		done, total, findings, findings == 1 ? "" : "s",
		(int)el / 60, (int)el % 60);
	if (left >= 0 && !final)
		fprintf(stderr, ", ~%d:%02d left", left / 60, left % 60);
	if (final)
		fputs("\r\033[K", stderr);
	fflush(stderr);
}

int run_engines(const struct units *us, const struct run_options *o,
		struct result *r)
{
	int nr_eng = __builtin_popcount(o->engines), total = us->n * nr_eng;
	int next = 0, running = 0, done_units = 0, rc = 0;
	struct unit_state *st = xmalloc(us->n * sizeof(*st) + 1);
	struct job *jobs = xmalloc(o->jobs * sizeof(*jobs));
	struct pollfd *pfd = xmalloc(o->jobs * sizeof(*pfd));
	double t0 = now(), shown = 0;
	struct seen seen = { 0 };
	int *order = biggest_first(us);

	for (int i = 0; i < us->n; i++)
		st[i] = (struct unit_state){ .pending = nr_eng };
	for (int i = 0; i < o->jobs; i++)
		jobs[i].pid = 0;
	while (next < total || running) {
		/* Unit-major: a file's engines run close together. */
		for (int i = 0; i < o->jobs && next < total && !rc; i++) {
			int e = -1, k = next % nr_eng;

			if (jobs[i].pid)
				continue;
			for (int b = 0; b < NR_ENGINES; b++)
				if ((o->engines & (1u << b)) && k-- == 0)
					e = b;
			jobs[i].unit = order[next / nr_eng];
			jobs[i].engine = e;
			if (start(&jobs[i], &us->v[jobs[i].unit], o) < 0) {
				jobs[i].pid = 0;
				rc = -1;
				break;
			}
			next++;
			running++;
		}
		if (rc && !running)
			break;
		for (int i = 0; i < o->jobs; i++) {
			pfd[i].fd = jobs[i].pid ? jobs[i].fd : -1;
			pfd[i].events = POLLIN;
		}
		if (poll(pfd, o->jobs, o->progress ? 250 : -1) < 0 &&
		    errno != EINTR) {
			error("poll: %m");
			rc = -1;
			break;
		}
		for (int i = 0; i < o->jobs; i++) {
			struct job *j = &jobs[i];
			char buf[65536];
			ssize_t n;
			int status;

			if (!j->pid || !(pfd[i].revents & (POLLIN | POLLHUP |
							    POLLERR)))
				continue;
			n = read(j->fd, buf, sizeof(buf));
			if (n > 0) {
				sb_add(&j->out, buf, n);
				continue;
			}
			if (n < 0 && errno == EINTR)
				continue;
			close(j->fd);
			while (waitpid(j->pid, &status, 0) < 0 &&
			       errno == EINTR)
				;
			j->pid = 0;
			running--;
			n = r->fs.n;
			finish(j, status, &us->v[j->unit], &st[j->unit], r);
			while (n < r->fs.n)
				seen_add(&seen, key_of(&r->fs.v[n++]));
			if (--st[j->unit].pending == 0) {
				unit_done(&us->v[j->unit], &st[j->unit], o, r);
				done_units++;
			}
		}
		if (o->progress && now() - shown > 0.2) {
			show_progress(done_units, us->n, seen.n, t0, 0);
			shown = now();
		}
	}
	if (o->progress)
		show_progress(done_units, us->n, seen.n, t0, 1);
	free(seen.slot);
	free(order);
	free(pfd);
	free(jobs);
	free(st);
	return rc;
}
