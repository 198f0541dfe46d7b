// SPDX-License-Identifier: GPL-2.0
/*
 * Calls to functions with no body here, not in the vocabulary, are made
 * between spin_lock() and an allocation.  They do not change the atomic
 * context: the lock is still held.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

extern void stats_inc(int what);
extern bool cache_needs_grow(void);

static DEFINE_SPINLOCK(cache_lock);
static void *cache_extra;

void cache_update(void);
void cache_update(void)
{
	spin_lock(&cache_lock);
	stats_inc(1);
	if (cache_needs_grow())
		cache_extra = kmalloc(512, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	spin_unlock(&cache_lock);
}
