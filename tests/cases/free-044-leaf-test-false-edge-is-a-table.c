// SPDX-License-Identifier: GPL-2.0
/*
 * The false edge of a leaf test: the entry is present and not a leaf, so
 * pmd_page(*pmd) is the pte table below it.  Freeing it while the entry is
 * still live is the free-before-clear order of init_64.c free_pte_table().
 * A leaf test on one entry says nothing about another entry, and a leaf
 * seen before a walk moves on (pmd++) says nothing about the next entry.
 *
 * Expectation: every free here is reported.
 */
#include <linux/mm.h>
#include <asm/tlbflush.h>

void free_pagetable(struct page *page, int order);

void free_non_leaf(pmd_t *pmd);
void free_non_leaf(pmd_t *pmd)
{
	if (pmd_large(*pmd))
		return;
	free_pagetable(pmd_page(*pmd), 0);	/* expect: pgtable-free-unflushed */
	pmd_clear(pmd);
	flush_tlb_all();
}

void free_other_entry(pmd_t *pmd, pmd_t *other);
void free_other_entry(pmd_t *pmd, pmd_t *other)
{
	if (pmd_leaf(*pmd))
		free_pagetable(pmd_page(*other), 0);	/* expect: pgtable-free-unflushed */ /* known-miss(cocci): reports a free only before a later clear of the same entry in the function */
}

void free_next_entry(pmd_t *pmd, unsigned long addr, unsigned long end);
void free_next_entry(pmd_t *pmd, unsigned long addr, unsigned long end)
{
	for (; addr < end; addr += PMD_SIZE, pmd++) {
		if (!pmd_large(*pmd))
			continue;
		pmd++;
		free_pagetable(pmd_page(*pmd), 0);	/* expect: pgtable-free-unflushed */ /* known-miss(cocci): reports a free only before a later clear of the same entry in the function */
	}
}
