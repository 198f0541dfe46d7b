// SPDX-License-Identifier: GPL-2.0
/* What only the preprocessor knows: a table macro that expands to
 * arithmetic (pmd_pgtable -> pmd_page -> vmemmap + pmd_pfn), a local that
 * holds a span, and a lock written through a macro of the raw kind. */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void retract_table(pmd_t *pmd, unsigned long addr)
{
	pgtable_t table = pmd_pgtable(*pmd);
	unsigned long size = PAGE_SIZE;

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + size);	/* FINDING: flush-range-short */
	pte_free(&init_mm, table);
}

static raw_spinlock_t rlock;

void *raw_irqsave_alloc(void)
{
	unsigned long flags;
	void *p;

	raw_spin_lock_irqsave(&rlock, flags);
	p = kmalloc(64, GFP_ATOMIC);	/* FINDING(rt): sleeping-alloc-in-atomic */
	raw_spin_unlock_irqrestore(&rlock, flags);
	return p;
}

/* arm64 unmap_hotplug_pmd_range(): pmd_sect() is a macro (a leaf test of
 * the table) that expands to a comparison; under it pmd_page() is the
 * block the entry maps, which a one-page flush covers.  On the other edge
 * it is the pte table below, and one page is too short. */
#define PMD_TYPE_MASK	3UL
#define PMD_TYPE_SECT	1UL
#define pmd_sect(pmd)	((pmd_val(pmd) & PMD_TYPE_MASK) == PMD_TYPE_SECT)

void unmap_hotplug_pmd(pmd_t *pmdp, unsigned long addr)
{
	pmd_t pmd = *pmdp;

	if (pmd_sect(pmd)) {
		pmd_clear(pmdp);
		flush_tlb_kernel_range(addr, addr + PAGE_SIZE);
		__free_pages(pmd_page(pmd), 9);
		return;
	}
	pmd_clear(pmdp);
	flush_tlb_kernel_range(addr, addr + PAGE_SIZE);	/* FINDING: flush-range-short */
	__free_pages(pmd_page(pmd), 0);
}
