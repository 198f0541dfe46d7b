// SPDX-License-Identifier: GPL-2.0
/*
 * A lock taken under a side-effect-free predicate and dropped around an
 * allocation, two calls down, under the same predicate (the shape of
 * arch/x86/mm/pat/set_memory.c: __change_page_attr_set_clr() takes
 * cpa_lock if !debug_pagealloc_enabled(), split_large_page() drops it around
 * alloc_pages(GFP_KERNEL) under the same test).  With the predicate true
 * the lock is never taken; with it false it is released: the allocation
 * never runs under the lock.  (The same in one function is in the core's
 * unit test atomic_alloc.ir: Coccinelle does not correlate the tests.)
 *
 * Expectation: clean.
 */
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

extern bool _pool_debug_early;

static inline bool pool_debug_enabled(void)
{
	return _pool_debug_early;
}

static DEFINE_SPINLOCK(pool_lock);

struct pool {
	void *base;
};

static int split_one(struct pool *p)
{
	void *base;

	if (!pool_debug_enabled())
		spin_unlock(&pool_lock);
	base = kmalloc(64, GFP_KERNEL);
	if (!pool_debug_enabled())
		spin_lock(&pool_lock);
	if (!base)
		return -1;
	p->base = base;
	return 0;
}

static int change_one(struct pool *p)
{
	if (p->base)
		return 0;
	return split_one(p);
}

int change_all(struct pool *p);
int change_all(struct pool *p)
{
	int ret;

	if (!pool_debug_enabled())
		spin_lock(&pool_lock);
	ret = change_one(p);
	if (!pool_debug_enabled())
		spin_unlock(&pool_lock);
	return ret;
}
