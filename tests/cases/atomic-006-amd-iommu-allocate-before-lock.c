// SPDX-License-Identifier: GPL-2.0
/*
 * AMD IOMMU increase_address_space() as in Linux 6.1
 * (drivers/iommu/amd/io_pgtable.c): the page is allocated with the
 * caller's gfp before spin_lock_irqsave() and freed after the unlock when
 * unused.
 *
 * Expectation: clean.  The freed page is not a page-table page that was
 * ever reachable from an entry.
 */
#include <linux/gfp.h>
#include <linux/spinlock.h>
#include <asm/page.h>

#define PAGE_MODE_6_LEVEL	6
#define PM_LEVEL_SIZE(x)	(((x) < 6) ? ((1ULL << (12 + 9 * (x))) - 1) : \
				 (0xffffffffffffffffULL))

struct protection_domain {
	spinlock_t lock;
	int mode;
	u64 *root;
};

extern u64 iommu_virt_to_phys(void *vaddr);

static bool increase_address_space(struct protection_domain *domain,
				   unsigned long address,
				   gfp_t gfp)
{
	unsigned long flags;
	bool ret = true;
	u64 *pte;

	pte = (void *)get_zeroed_page(gfp);
	if (!pte)
		return false;

	spin_lock_irqsave(&domain->lock, flags);

	if (address <= PM_LEVEL_SIZE(domain->mode))
		goto out;

	ret = false;
	if (WARN_ON_ONCE(domain->mode == PAGE_MODE_6_LEVEL))
		goto out;

	*pte = iommu_virt_to_phys(domain->root) | 1;

	domain->root  = pte;
	domain->mode += 1;

	pte = NULL;
	ret = true;

out:
	spin_unlock_irqrestore(&domain->lock, flags);
	free_page((unsigned long)pte);

	return ret;
}

int iommu_map_page(struct protection_domain *dom, unsigned long bus_addr);
int iommu_map_page(struct protection_domain *dom, unsigned long bus_addr)
{
	if (!increase_address_space(dom, bus_addr, GFP_KERNEL))
		return -ENOMEM;
	return 0;
}
