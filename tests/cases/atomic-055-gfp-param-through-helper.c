// SPDX-License-Identifier: GPL-2.0
/*
 * The mask travels two levels: the map path passes GFP_KERNEL to a
 * function that takes the domain lock and hands the mask on to a same-file
 * helper that allocates the next-level table (the shape of the AMD IOMMU
 * alloc_pte() path).
 *
 * Expectation: reported at the call to the helper inside the locked
 * section: a call site in this file supplies a sleeping mask.
 */
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/spinlock.h>

struct io_domain {
	spinlock_t lock;
	u64 *root;
};

static u64 *alloc_level(gfp_t gfp)
{
	return (u64 *)get_zeroed_page(gfp);
}

static int grow_root(struct io_domain *d, gfp_t gfp)
{
	unsigned long flags;
	u64 *level;
	int ret = 0;

	spin_lock_irqsave(&d->lock, flags);
	level = alloc_level(gfp);	/* expect: sleeping-alloc-in-atomic */
	if (level) {
		*level = (u64)(unsigned long)d->root | 1;
		d->root = level;
	} else {
		ret = -ENOMEM;
	}
	spin_unlock_irqrestore(&d->lock, flags);
	return ret;
}

int io_domain_map(struct io_domain *d);
int io_domain_map(struct io_domain *d)
{
	return grow_root(d, GFP_KERNEL);
}
