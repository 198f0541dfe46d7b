// SPDX-License-Identifier: GPL-2.0
/*
 * Example for `scripts/demo.sh`: the shape of AMD IOMMU's
 * increase_address_space() before the 2021 fix.  The caller's gfp mask is
 * used for an allocation made under spin_lock_irqsave(), and the map path
 * passes GFP_KERNEL, which may sleep.
 */
#include <linux/gfp.h>
#include <linux/spinlock.h>
#include <asm/page.h>

struct domain {
	spinlock_t lock;
	int mode;
	u64 *root;
};

static bool grow_table(struct domain *dom, gfp_t gfp)
{
	unsigned long flags;
	bool ret = false;
	u64 *pte;

	spin_lock_irqsave(&dom->lock, flags);
	if (dom->mode == 6)
		goto out;

	pte = (void *)get_zeroed_page(gfp);	/* expect: sleeping-alloc-in-atomic */
	if (!pte)
		goto out;
	*pte = (u64)(unsigned long)dom->root | 1;
	dom->root = pte;
	dom->mode++;
	ret = true;
out:
	spin_unlock_irqrestore(&dom->lock, flags);
	return ret;
}

int domain_map(struct domain *dom, unsigned long iova);
int domain_map(struct domain *dom, unsigned long iova)
{
	while (iova >> (12 + 9 * dom->mode))
		if (!grow_table(dom, GFP_KERNEL))
			return -ENOMEM;
	return 0;
}
