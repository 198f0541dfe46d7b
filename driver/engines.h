/* SPDX-License-Identifier: GPL-2.0 */
/* The engines' adapter commands, as the build recorded them. */
#ifndef PGCHECK_DRIVER_ENGINES_H
#define PGCHECK_DRIVER_ENGINES_H

#include <stddef.h>

/* Also the order of preference when engines report the same finding. */
enum engine_id { ENGINE_CLANG, ENGINE_SPARSE, ENGINE_COCCI, NR_ENGINES };

struct engine {
	const char *name;
	char *adapter;		/* NULL when the engine is not available */
	char *why_missing;
};

extern struct engine engines[NR_ENGINES];

int engine_by_name(const char *name, size_t len);
/* What to do to get an engine: the Debian package or the build step. */
const char *engine_fix(enum engine_id id);
/* Read the build's engines file (lines "name=/adapter" or "name!reason"). */
int engines_load(const char *path);
/* Comma-separated engine names of a bit mask, in a static buffer. */
const char *engine_list(unsigned mask);

#endif
