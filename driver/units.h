/* SPDX-License-Identifier: GPL-2.0 */
/* Translation units to check: files, directories, compile_commands.json. */
#ifndef PGCHECK_DRIVER_UNITS_H
#define PGCHECK_DRIVER_UNITS_H

#include "util.h"

struct unit {
	char *file;		/* absolute */
	char *dir;		/* where the adapters run; NULL: here */
	struct strvec flags;	/* -I/-D/-include from the compile command */
	int seq;		/* order of appearance */
};

struct units {
	struct unit *v;
	int n, cap;
};

/* A .c file, or a directory searched for .c files.  -1 on error. */
int units_add_path(struct units *us, const char *path);
/*
 * The C entries of a compile_commands.json; with paths (absolute), only
 * the entries below one of them.  -1 on error (message printed).
 */
int units_add_compdb(struct units *us, const char *json,
		     const struct strvec *paths);
/* Keep the units whose file is in files (absolute paths). */
void units_restrict(struct units *us, const struct strvec *files);
/* Sort by file and drop repeats. */
void units_finish(struct units *us);

#endif
