/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pgcheck-sparse's own options.  They all start with --pgcheck- so they
 * cannot clash with sparse's (or gcc's, which sparse also accepts); they are
 * taken out of the argument list before sparse sees it.
 */
#ifndef PGCHECK_SPARSE_OPTIONS_H
#define PGCHECK_SPARSE_OPTIONS_H

#include "pgcheck/core.h"

struct pgs_options {
	struct pgc_options analysis;
	const char **configs;		/* --pgcheck-config=FILE, in order */
	unsigned int nconfigs;
	int dump_ir;			/* --pgcheck-dump-ir */
	int exit_status;		/* --pgcheck-exit-status: 1 on findings */
	int as_errors;			/* --pgcheck-error: findings are errors */
	int enabled;			/* 0 with --pgcheck-off: plain sparse */
};

/*
 * Take the pgcheck options out of argv (argv is compacted in place, *argc
 * updated).  Returns 0, or -1 after printing a message for a bad option.
 */
int pgs_parse_options(struct pgs_options *o, int *argc, char **argv);

void pgs_usage(FILE *out);

#endif
