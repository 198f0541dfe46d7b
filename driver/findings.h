/* SPDX-License-Identifier: GPL-2.0 */
/* Findings as the engines print them, and their merge across engines. */
#ifndef PGCHECK_DRIVER_FINDINGS_H
#define PGCHECK_DRIVER_FINDINGS_H

struct note {
	char *file;		/* absolute */
	int line, col;
	char *message;
};

/* A replacement an engine proposes (clang's parseable fix-it format). */
struct fix {
	char *file;
	int line1, col1, line2, col2;
	char *text;
};

struct finding {
	char *rule;		/* without the "pgcheck-" prefix */
	char *file;		/* absolute */
	int line, col;		/* col 0: unknown */
	char *message;
	unsigned engines;	/* bit mask of enum engine_id */
	struct note *notes;
	int nr_notes, cap_notes;
	struct fix *fixes;
	int nr_fixes, cap_fixes;
	/* Filled in after the merge, from the source file. */
	char *function;		/* enclosing function, or NULL */
	char *snippet;		/* the source line, whitespace collapsed */
	char *fingerprint;	/* stable across line moves, see baseline.c */
};

struct findings {
	struct finding *v;
	int n, cap;
};

/*
 * Parse one adapter's output; dir is where it ran (relative paths).
 * Returns the number of findings added.
 */
int parse_engine_output(const char *out, const char *dir, int engine,
			struct findings *fs);
/* One finding per rule and place; engines, notes and fixes united. */
void merge_findings(struct findings *fs);
/* Drop the findings with keep == 0 (flag array of fs->n). */
void filter_findings(struct findings *fs, const char *keep);

#endif
