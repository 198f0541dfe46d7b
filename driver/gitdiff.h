/* SPDX-License-Identifier: GPL-2.0 */
/* --diff BASE..HEAD: what a git range changed, and which findings it owns. */
#ifndef PGCHECK_DRIVER_GITDIFF_H
#define PGCHECK_DRIVER_GITDIFF_H

#include "findings.h"
#include "util.h"

struct changed_file {
	char *path;		/* absolute, in the working tree */
	int *lines;		/* lines added or modified (new side) */
	int nr_lines, cap_lines;
	int *cuts;		/* lines after which lines were deleted */
	int nr_cuts, cap_cuts;
};

struct changes {
	char *top;		/* the repository's top directory */
	struct changed_file *v;
	int n, cap;
};

/* Read the changes of range ("A..B", "A...B" or "A" for A..HEAD). */
int gitdiff_load(const char *range, struct changes *ch);
/* The changed .c files (absolute) into out. */
void gitdiff_sources(const struct changes *ch, struct strvec *out);
/* Whether a header (or another non-.c file) changed. */
int gitdiff_header_changed(const struct changes *ch, const char **which);
/*
 * Keep a finding that is on a changed line, or inside a function whose
 * definition the range changed.  Sets keep[i] for fs->v[i].
 */
void gitdiff_select(const struct changes *ch, const struct findings *fs,
		    char *keep);

#endif
