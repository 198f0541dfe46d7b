// SPDX-License-Identifier: GPL-2.0
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

#define CHUNK_MIN	(64 * 1024)

struct chunk {
	struct chunk *next;
	size_t used, size;
	max_align_t data[];
};

struct pgc_arena {
	struct chunk *head;
};

static void *xmalloc(size_t n)
{
	void *p = malloc(n);

	if (!p) {
		fprintf(stderr, "pgcheck: out of memory\n");
		abort();
	}
	return p;
}

struct pgc_arena *pgc_arena_new(void)
{
	struct pgc_arena *a = xmalloc(sizeof(*a));

	a->head = NULL;
	return a;
}

void pgc_arena_free(struct pgc_arena *a)
{
	struct chunk *c, *next;

	if (!a)
		return;
	for (c = a->head; c; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}

void *pgc_arena_alloc(struct pgc_arena *a, size_t size)
{
	struct chunk *c = a->head;
	size_t align = sizeof(max_align_t);
	void *p;

	size = (size + align - 1) / align * align;
	if (!c || c->size - c->used < size) {
		size_t n = size > CHUNK_MIN ? size : CHUNK_MIN;

		c = xmalloc(sizeof(*c) + n);
		c->size = n;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	p = (char *)c->data + c->used;
	c->used += size;
	memset(p, 0, size);
	return p;
}

char *pgc_arena_strndup(struct pgc_arena *a, const char *s, size_t n)
{
	char *p = pgc_arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *pgc_arena_strdup(struct pgc_arena *a, const char *s)
{
	return pgc_arena_strndup(a, s, strlen(s));
}

char *pgc_arena_printf(struct pgc_arena *a, const char *fmt, ...)
{
	va_list ap;
	char *p;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	p = pgc_arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void pgc_arena_grow(struct pgc_arena *a, void **items, unsigned int *cap,
		    unsigned int need, size_t elem)
{
	unsigned int ncap = *cap ? *cap : 4;
	void *p;

	if (need <= *cap)
		return;
	while (ncap < need)
		ncap *= 2;
	p = pgc_arena_alloc(a, ncap * elem);
	if (*items)
		memcpy(p, *items, *cap * elem);
	*items = p;
	*cap = ncap;
}
