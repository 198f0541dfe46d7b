// SPDX-License-Identifier: GPL-2.0
/*
 * arm64 memory hot-remove, free_empty_pmd_table() (arch/arm64/mm/mmu.c,
 * Linux 6.1): the pud is cleared, __flush_tlb_kernel_pgtable(start) drops
 * the walk caches for the address, and the pmd table is freed.
 *
 * Expectation: clean.  A walk-cache flush for one address invalidates every
 * cached level for it; it is never short for the entry that maps it.
 */
#include <linux/mm.h>
#include <asm/tlbflush.h>

/* arch/arm64/mm/mmu.c */
void free_hotplug_pgtable_page(struct page *page);

void free_empty_pmd_table(pud_t *pudp, unsigned long addr);
void free_empty_pmd_table(pud_t *pudp, unsigned long addr)
{
	unsigned long start = addr & PUD_MASK;
	pmd_t *pmdp = pmd_offset(pudp, 0UL);
	int i;

	for (i = 0; i < PTRS_PER_PMD; i++)
		if (!pmd_none(READ_ONCE(pmdp[i])))
			return;

	pud_clear(pudp);
	__flush_tlb_kernel_pgtable(start);
	free_hotplug_pgtable_page(virt_to_page(pmdp));
}
