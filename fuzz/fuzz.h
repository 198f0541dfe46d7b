/* SPDX-License-Identifier: GPL-2.0 */
/* Helpers shared by the fuzz targets (docs/reliability.md). */
#ifndef PGCHECK_FUZZ_H
#define PGCHECK_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/stat.h>

/* The input as a C string (readers take text; a NUL inside ends it). */
static inline char *fuzz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/*
 * A path to hand to readers that take file names: NAME in a private
 * directory, so that a reader looking beside the file (#include "x.h")
 * finds nothing but the input itself.  The directory is $FUZZ_TMPDIR
 * (fuzz/run.sh sets it), else a new one in /tmp.  A fixed name keeps
 * runs repeatable: libFuzzer mutates with the strings the code compares.
 */
static inline const char *fuzz_path(const char *name)
{
	static char dir[4096];
	static char path[4096 + 64];

	if (!dir[0]) {
		const char *fixed = getenv("FUZZ_TMPDIR");

		if (fixed && *fixed) {
			snprintf(dir, sizeof(dir), "%s", fixed);
			if (mkdir(dir, 0700) && errno != EEXIST)
				abort();
		} else {
			strcpy(dir, "/tmp/pgcheck-fuzz.XXXXXX");
			if (!mkdtemp(dir))
				abort();
		}
	}
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

/* Replace the file at path with the input; aborts on I/O errors. */
static inline void fuzz_write(const char *path, const uint8_t *data,
			      size_t size)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(data, 1, size, f) != size || fclose(f))
		abort();
}

/* A sink for what the code under test prints (formatting is exercised). */
static inline FILE *fuzz_null(void)
{
	static FILE *null;

	if (!null)
		null = fopen("/dev/null", "w");
	if (!null)
		abort();
	return null;
}

#ifdef PGCHECK_CORE_H
static void fuzz_print_diag(const struct pgc_diag *d, void *ctx)
{
	pgc_print_diag(fuzz_null(), d);
}

/*
 * The analysis as pgcheck-ir runs it, minus reading the sources named in
 * positions (the input names arbitrary files).  A failure other than out
 * of memory is a bug.
 */
static inline void fuzz_analyze(struct pgc_tu *tu, const struct pgc_vocab *v,
				int rt)
{
	struct pgc_options o;

	pgc_options_init(&o);
	o.preempt_rt = rt;
	o.scan_sources = 0;
	o.summaries = fuzz_null();
	if (pgc_analyze(tu, v, &o, fuzz_print_diag, NULL) < 0)
		abort();
}
#endif

#endif
