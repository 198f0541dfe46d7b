// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of atomic-009 with GFP_NOWAIT | __GFP_ZERO | __GFP_NOWARN in the
 * variable.
 *
 * Expectation: clean.
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
	gfp_t gfp = GFP_NOWAIT | __GFP_ZERO | __GFP_NOWARN;
	int ret = 0;

	spin_lock(&o->lock);
	if (!o->block) {
		o->block = kmalloc(sizeof(*o->block), gfp);
		if (!o->block)
			ret = -ENOMEM;
	}
	spin_unlock(&o->lock);
	return ret;
}
