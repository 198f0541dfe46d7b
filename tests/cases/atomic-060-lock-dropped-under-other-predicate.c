// SPDX-License-Identifier: GPL-2.0
/*
 * Conditional lock drops that do not line up: the callee drops the lock
 * under another predicate than the caller took it under; under a
 * "predicate" that has a side effect (it takes a lock of its own, so its
 * two calls need not agree); under a predicate whose argument is not the
 * same value at both tests; and an allocation between a conditional lock
 * and its conditional unlock.
 *
 * Expectation: reported at each of them.
 */
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

extern bool _map_debug;
extern bool _map_trace;
extern int map_mode[4];

static inline bool map_debug(void)
{
	return _map_debug;
}

static inline bool map_trace(void)
{
	return _map_trace;
}

static DEFINE_SPINLOCK(map_lock);
static DEFINE_SPINLOCK(mode_lock);

static inline bool map_mode_locked(void)
{
	bool on;

	spin_lock(&mode_lock);
	on = map_mode[0];
	spin_unlock(&mode_lock);
	return on;
}

static inline bool map_mode_of(int i)
{
	return map_mode[i];
}

struct map {
	void *base;
};

static void grow_trace(struct map *m)
{
	if (!map_trace())
		spin_unlock(&map_lock);
	m->base = kmalloc(64, GFP_KERNEL);
	if (!map_trace())
		spin_lock(&map_lock);
}

void map_grow(struct map *m);
void map_grow(struct map *m)
{
	if (!map_debug())
		spin_lock(&map_lock);
	grow_trace(m);	/* expect: sleeping-alloc-in-atomic */ /* known-miss(cocci): the SmPL rules do not follow the lock drop into the callee */
	if (!map_debug())
		spin_unlock(&map_lock);
}

void map_grow_mode(struct map *m);
void map_grow_mode(struct map *m)
{
	if (!map_mode_locked())
		spin_lock(&map_lock);
	if (!map_mode_locked())
		spin_unlock(&map_lock);
	m->base = kmalloc(64, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
}

void map_grow_index(struct map *m, int i);
void map_grow_index(struct map *m, int i)
{
	if (!map_mode_of(i))
		spin_lock(&map_lock);
	i++;
	if (!map_mode_of(i))
		spin_unlock(&map_lock);
	m->base = kmalloc(64, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
}

void map_fill(struct map *m);
void map_fill(struct map *m)
{
	if (!map_debug())
		spin_lock(&map_lock);
	m->base = kmalloc(64, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	if (!map_debug())
		spin_unlock(&map_lock);
}
