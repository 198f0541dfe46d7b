// SPDX-License-Identifier: GPL-2.0
/*
 * x86 pmd_free_pte_page() as 28ee90fe6048 ("x86/mm: implement free pmd/pte
 * page interfaces", 2018) added it: the pmd entry is cleared and the pte
 * table freed at once, with no TLB flush between.
 *
 * Expectation: a CPU may still hold the old pmd entry in its
 * paging-structure cache and walk into the freed (and reused) pte page, so
 * the free is reported.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>

int pmd_free_pte_page(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte;

	if (pmd_none(*pmd))
		return 1;

	pte = (pte_t *)pmd_page_vaddr(*pmd);
	pmd_clear(pmd);
	free_page((unsigned long)pte);	/* expect: pgtable-free-unflushed */

	return 1;
}
