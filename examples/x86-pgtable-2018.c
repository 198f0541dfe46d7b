// SPDX-License-Identifier: GPL-2.0
/*
 * Example for `scripts/demo.sh`: arch/x86/mm/pgtable.c as 28ee90fe6048
 * ("x86/mm: implement free pmd/pte page interfaces", 2018) left it.  Both
 * functions clear an entry and free the table below it with no TLB flush in
 * between; a CPU's paging-structure cache may still walk the freed page.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>

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
