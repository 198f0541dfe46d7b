// SPDX-License-Identifier: GPL-2.0
/*
 * AMD IOMMU increase_address_space() before upstream "iommu/amd: Fix
 * sleeping in atomic in increase_address_space()": the new top-level table
 * page is allocated with the caller's gfp after spin_lock_irqsave(), and
 * the map path passes GFP_KERNEL.
 *
 * Expectation: reported at get_zeroed_page().  The mask is a parameter; the
 * function takes the lock itself, and a call site in this file passes a
 * sleeping mask.
 */
#include <linux/gfp.h>
#include <linux/spinlock.h>
#include <asm/page.h>

#define PAGE_MODE_6_LEVEL	6

struct protection_domain {
	spinlock_t lock;
	int mode;
	u64 *pt_root;
};

extern u64 iommu_virt_to_phys(void *vaddr);

static bool increase_address_space(struct protection_domain *domain,
				   gfp_t gfp)
{
	unsigned long flags;
	bool ret = false;
	u64 *pte;

	spin_lock_irqsave(&domain->lock, flags);

	if (domain->mode == PAGE_MODE_6_LEVEL)
		/* address space already 64 bit large */
		goto out;

	pte = (void *)get_zeroed_page(gfp);	/* expect: sleeping-alloc-in-atomic */
	if (!pte)
		goto out;

	*pte = iommu_virt_to_phys(domain->pt_root) | 1;
	domain->pt_root = pte;
	domain->mode += 1;

	ret = true;

out:
	spin_unlock_irqrestore(&domain->lock, flags);

	return ret;
}

int iommu_map_page(struct protection_domain *dom, unsigned long bus_addr);
int iommu_map_page(struct protection_domain *dom, unsigned long bus_addr)
{
	while (bus_addr >> (12 + 9 * dom->mode))
		if (!increase_address_space(dom, GFP_KERNEL))
			return -ENOMEM;
	return 0;
}
