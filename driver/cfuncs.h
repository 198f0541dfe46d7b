/* SPDX-License-Identifier: GPL-2.0 */
/* Where the function definitions of a C file begin and end. */
#ifndef PGCHECK_DRIVER_CFUNCS_H
#define PGCHECK_DRIVER_CFUNCS_H

struct cfunc {
	int start, end;		/* first line of the definition, closing brace */
	char name[128];
};

struct cfuncs {
	struct cfunc *v;
	int n, cap;
};

/* Scan C source text; macros, comments and literals are skipped. */
void cfuncs_scan(const char *text, struct cfuncs *fs);
/* The function whose definition spans line, or NULL. */
const struct cfunc *cfunc_at(const struct cfuncs *fs, int line);

#endif
