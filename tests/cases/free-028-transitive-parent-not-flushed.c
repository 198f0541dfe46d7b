// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of free-027 without the flush: the pud is cleared but a CPU can still
 * walk the cached pud entry into the pmd table and from its (never cleared)
 * entries into the pte tables.
 *
 * Expectation: both frees are reported.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>

int pud_free_pmd_page(pud_t *pud, unsigned long addr)
{
	pmd_t *pmd = pud_pgtable(*pud);
	int i;

	pud_clear(pud);

	for (i = 0; i < PTRS_PER_PMD; i++) {
		if (!pmd_none(pmd[i])) {
			pte_t *pte = (pte_t *)pmd_page_vaddr(pmd[i]);

			pte_free_kernel(NULL, pte);	/* expect: pgtable-free-unflushed */
		}
	}

	pmd_free(NULL, pmd);	/* expect: pgtable-free-unflushed */

	return 1;
}
