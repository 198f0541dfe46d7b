/* SPDX-License-Identifier: GPL-2.0 */
/* Small helpers shared by the driver: allocation, strings, vectors. */
#ifndef PGCHECK_DRIVER_UTIL_H
#define PGCHECK_DRIVER_UTIL_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* Grow an array p of *cap elements so that it can hold n elements. */
#define GROW(p, n, cap)							\
	do {								\
		if ((n) > (cap)) {					\
			(cap) = (cap) ? (cap) * 2 : 16;			\
			if ((cap) < (n))				\
				(cap) = (n);				\
			(p) = xrealloc((p), (cap) * sizeof(*(p)));	\
		}							\
	} while (0)

struct strbuf {
	char *buf;
	size_t len, cap;
};

void sb_add(struct strbuf *sb, const char *s, size_t n);
void sb_adds(struct strbuf *sb, const char *s);
void sb_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_free(struct strbuf *sb);

struct strvec {
	char **v;
	int n, cap;
};

void sv_push(struct strvec *sv, const char *s);
void sv_free(struct strvec *sv);

/* Print "pgcheck: error: ..." on stderr. */
void error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

int read_whole_file(const char *path, char **text, size_t *len);

/*
 * Run argv in dir (NULL: here), capture stdout, stderr to *err when err is
 * not NULL.  Returns the exit status, or -1 if it could not run.
 */
int run_capture(char *const argv[], const char *dir, char **out, char **err);

/* Absolute, normalised path for p relative to dir (NULL: cwd). */
char *abs_path(const char *dir, const char *p);
/* Path as shown to the user: relative to the working directory if below it. */
const char *display_path(const char *abs);
int has_suffix(const char *s, const char *suffix);

#endif
