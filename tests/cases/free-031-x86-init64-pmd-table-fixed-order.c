// SPDX-License-Identifier: GPL-2.0
/*
 * x86 init_64.c free_pmd_table() rewritten in the invariant's order: the pud
 * entry is cleared under init_mm.page_table_lock, all TLBs are flushed,
 * and then the pmd table is freed.
 *
 * Expectation: clean; flush_tlb_all() covers everything.
 */
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/tlbflush.h>

void free_pagetable(struct page *page, int order);

void free_pmd_table(pmd_t *pmd_start, pud_t *pud);
void free_pmd_table(pmd_t *pmd_start, pud_t *pud)
{
	struct page *table = pud_page(*pud);
	pmd_t *pmd;
	int i;

	for (i = 0; i < PTRS_PER_PMD; i++) {
		pmd = pmd_start + i;
		if (!pmd_none(*pmd))
			return;
	}

	spin_lock(&init_mm.page_table_lock);
	pud_clear(pud);
	spin_unlock(&init_mm.page_table_lock);
	flush_tlb_all();

	free_pagetable(table, 0);
}
