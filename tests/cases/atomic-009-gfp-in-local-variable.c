// SPDX-License-Identifier: GPL-2.0
/*
 * The mask is built in a local variable (GFP_KERNEL | __GFP_ZERO) ahead of
 * the locked section and used inside it.
 *
 * Expectation: reported at the allocation; the variable holds a mask with
 * __GFP_DIRECT_RECLAIM.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct stats_block {
	unsigned long counters[16];
};

struct stats_owner {
	spinlock_t lock;
	struct stats_block *block;
};

int stats_enable(struct stats_owner *o);
int stats_enable(struct stats_owner *o)
{
	gfp_t gfp = GFP_KERNEL | __GFP_ZERO;
	int ret = 0;

	spin_lock(&o->lock);
	if (!o->block) {
		o->block = kmalloc(sizeof(*o->block), gfp);	/* expect: sleeping-alloc-in-atomic */
		if (!o->block)
			ret = -ENOMEM;
	}
	spin_unlock(&o->lock);
	return ret;
}
