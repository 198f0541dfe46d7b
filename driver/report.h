/* SPDX-License-Identifier: GPL-2.0 */
/* The outcome of a run and its three output formats. */
#ifndef PGCHECK_DRIVER_REPORT_H
#define PGCHECK_DRIVER_REPORT_H

#include <stdio.h>

#include "findings.h"

/* An engine that could not analyse a file; engine -1: none could. */
struct tool_error {
	char *file;		/* absolute */
	int engine;
	char *message;
};

struct result {
	struct findings fs;
	struct tool_error *errors;
	int nr_errors, cap_errors;
	unsigned ran;		/* engines run (mask) */
	int nr_units;
	int suppressed;		/* findings matched by the baseline */
	int out_of_diff;	/* findings outside the --diff range */
};

void add_tool_error(struct result *r, const char *file, int engine,
		    char *message);

void report_text(FILE *out, const struct result *r);
int report_json(FILE *out, const struct result *r);
/* docs: base URI of the docs directory, ending in '/'. */
int report_sarif(FILE *out, const struct result *r, const char *docs);
/* Tool errors as "FILE: error: ..." lines on stderr. */
void report_errors(const struct result *r);

#endif
