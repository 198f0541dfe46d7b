// SPDX-License-Identifier: GPL-2.0
/*
 * arm64 free_empty_pte_table() (arch/arm64/mm/mmu.c, Linux 6.1) without the
 * __flush_tlb_kernel_pgtable() call it has between pmd_clear() and
 * free_hotplug_pgtable_page().
 *
 * Expectation: reported at free_hotplug_pgtable_page(); the page is the pte
 * table (virt_to_page() keeps its identity).
 */
#include <linux/mm.h>

/* arch/arm64/mm/mmu.c */
void free_hotplug_pgtable_page(struct page *page);

void free_empty_pte_table(pmd_t *pmdp, unsigned long addr);
void free_empty_pte_table(pmd_t *pmdp, unsigned long addr)
{
	pte_t *ptep = pte_offset_kernel(pmdp, 0UL);
	int i;

	for (i = 0; i < PTRS_PER_PTE; i++)
		if (!pte_none(READ_ONCE(ptep[i])))
			return;

	pmd_clear(pmdp);
	free_hotplug_pgtable_page(virt_to_page(ptep));	/* expect: pgtable-free-unflushed */ /* known-miss(sparse): virt_to_page() is a macro that expands to &vmemmap[__pa(x) >> PAGE_SHIFT]; sparse keeps no record of macro expansions, so the page-identity conversion is not seen */
}
