// SPDX-License-Identifier: GPL-2.0
/*
 * Both interfaces as 28ee90fe6048 added them (x86, 2018).  pmd_free_pte_page()
 * clears a pmd and frees its pte table; pud_free_pmd_page() calls it for
 * every pmd, then clears the pud and frees the pmd table.  Nothing flushes.
 *
 * Expectation: two findings.  The pte free inside pmd_free_pte_page() (that
 * function cleared the entry itself) and the pmd-table free after
 * pud_clear().  The helper call is not a third finding: the helper owns the
 * entry it cleared.
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

int pud_free_pmd_page(pud_t *pud, unsigned long addr)
{
	pmd_t *pmd;
	int i;

	if (pud_none(*pud))
		return 1;

	pmd = pud_pgtable(*pud);
	for (i = 0; i < PTRS_PER_PMD; i++)
		if (!pmd_free_pte_page(&pmd[i], addr + i * PMD_SIZE))
			return 0;

	pud_clear(pud);
	free_page((unsigned long)pmd);	/* expect: pgtable-free-unflushed */

	return 1;
}
