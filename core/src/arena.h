/* SPDX-License-Identifier: GPL-2.0 */
/* A bump allocator: everything of one TU (or one analysis) is freed at once. */
#ifndef PGC_ARENA_H
#define PGC_ARENA_H

#include <stddef.h>

struct pgc_arena;

struct pgc_arena *pgc_arena_new(void);
void pgc_arena_free(struct pgc_arena *a);
/* Zeroed memory; aborts with a message when out of memory. */
void *pgc_arena_alloc(struct pgc_arena *a, size_t size);
char *pgc_arena_strdup(struct pgc_arena *a, const char *s);
char *pgc_arena_strndup(struct pgc_arena *a, const char *s, size_t n);
char *pgc_arena_printf(struct pgc_arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Grow an array of elem-sized items to hold at least need items. */
void pgc_arena_grow(struct pgc_arena *a, void **items, unsigned int *cap,
		    unsigned int need, size_t elem);

#endif
