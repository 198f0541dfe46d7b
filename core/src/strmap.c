// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "arena.h"
#include "strmap.h"

static unsigned int hash(const char *s)
{
	unsigned int h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

void pgc_strmap_init(struct pgc_strmap *m, struct pgc_arena *a)
{
	m->arena = a;
	m->slots = NULL;
	m->cap = 0;
	m->count = 0;
}

static struct pgc_strmap_slot *find(const struct pgc_strmap *m,
				    const char *key)
{
	unsigned int i;

	if (!m->cap)
		return NULL;
	for (i = hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		struct pgc_strmap_slot *s = &m->slots[i];

		if (!s->key || !strcmp(s->key, key))
			return s;
	}
}

void *pgc_strmap_get(const struct pgc_strmap *m, const char *key)
{
	struct pgc_strmap_slot *s = find(m, key);

	return s && s->key ? s->value : NULL;
}

const char *pgc_strmap_key(const struct pgc_strmap *m, const char *key)
{
	struct pgc_strmap_slot *s = find(m, key);

	return s ? s->key : NULL;
}

static void rehash(struct pgc_strmap *m)
{
	struct pgc_strmap_slot *old = m->slots;
	unsigned int i, oldcap = m->cap;

	m->cap = oldcap ? oldcap * 2 : 64;
	m->slots = pgc_arena_alloc(m->arena, m->cap * sizeof(*m->slots));
	m->count = 0;
	for (i = 0; i < oldcap; i++)
		if (old[i].key)
			pgc_strmap_put(m, old[i].key, old[i].value);
}

void pgc_strmap_put(struct pgc_strmap *m, const char *key, void *value)
{
	struct pgc_strmap_slot *s;

	if ((m->count + 1) * 2 > m->cap)
		rehash(m);
	s = find(m, key);
	if (!s->key) {
		s->key = key;
		m->count++;
	}
	s->value = value;
}
