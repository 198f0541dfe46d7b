// SPDX-License-Identifier: GPL-2.0
/*
 * might_alloc(gfp) declares that the function may allocate with gfp (used
 * by allocators' fast paths that often do not allocate).  Called with
 * GFP_KERNEL under a spinlock.
 *
 * Expectation: reported at might_alloc().
 */
#include <linux/sched/mm.h>
#include <linux/spinlock.h>

extern void *obj_cache_take(void);

static DEFINE_SPINLOCK(obj_lock);

void *obj_get(void);
void *obj_get(void)
{
	void *obj;

	spin_lock(&obj_lock);
	might_alloc(GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	obj = obj_cache_take();
	spin_unlock(&obj_lock);
	return obj;
}
