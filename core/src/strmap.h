/* SPDX-License-Identifier: GPL-2.0 */
/* An open-addressing map from strings to pointers, allocated in an arena. */
#ifndef PGC_STRMAP_H
#define PGC_STRMAP_H

struct pgc_arena;

struct pgc_strmap_slot {
	const char *key;
	void *value;
};

struct pgc_strmap {
	struct pgc_arena *arena;
	struct pgc_strmap_slot *slots;
	unsigned int cap, count;
};

void pgc_strmap_init(struct pgc_strmap *m, struct pgc_arena *a);
void *pgc_strmap_get(const struct pgc_strmap *m, const char *key);
/* Insert or replace; key must outlive the map (intern it first). */
void pgc_strmap_put(struct pgc_strmap *m, const char *key, void *value);
/* The stored key equal to key, or NULL. */
const char *pgc_strmap_key(const struct pgc_strmap *m, const char *key);

#endif
