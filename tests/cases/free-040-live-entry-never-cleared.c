// SPDX-License-Identifier: GPL-2.0
/*
 * A "table is empty, give it back" path that frees the pte table but
 * forgets to clear the pmd pointing at it at all.
 *
 * Expectation: reported at the free; the entry is live.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>

void reclaim_empty_pte_table(pmd_t *pmd);
void reclaim_empty_pte_table(pmd_t *pmd)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);
	int i;

	for (i = 0; i < PTRS_PER_PTE; i++)
		if (!pte_none(pte[i]))
			return;

	pte_free_kernel(&init_mm, pte);	/* expect: pgtable-free-unflushed */
}
