// SPDX-License-Identifier: GPL-2.0
/*
 * x86 pud_free_pmd_page() as in Linux 6.1 (arch/x86/mm/pgtable.c): after
 * clearing the pmds and the pud it flushes [addr, addr + PAGE_SIZE - 1],
 * one page, although it then frees the tables under the whole PUD_SIZE
 * range.  A 2025 x86 patch reported exactly this.  (On x86 INVLPG also
 * drops the paging-structure caches, which is why the code worked there;
 * the rule is stated for any architecture.)
 *
 * Expectation: flush-range-short at the flush.  The order is right, so no
 * pgtable-free-unflushed.  The scratch-page allocation is the may-alloc
 * contract of pud_free_pmd_page(), not a finding.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int pud_free_pmd_page(pud_t *pud, unsigned long addr)
{
	pmd_t *pmd, *pmd_sv;
	pte_t *pte;
	int i;

	pmd = pud_pgtable(*pud);
	pmd_sv = (pmd_t *)__get_free_page(GFP_KERNEL);
	if (!pmd_sv)
		return 0;

	for (i = 0; i < PTRS_PER_PMD; i++) {
		pmd_sv[i] = pmd[i];
		if (!pmd_none(pmd[i]))
			pmd_clear(&pmd[i]);
	}

	pud_clear(pud);

	/* INVLPG to clear all paging-structure caches */
	flush_tlb_kernel_range(addr, addr + PAGE_SIZE-1);	/* expect: flush-range-short */

	for (i = 0; i < PTRS_PER_PMD; i++) {
		if (!pmd_none(pmd_sv[i])) {
			pte = (pte_t *)pmd_page_vaddr(pmd_sv[i]);
			free_page((unsigned long)pte);
		}
	}

	free_page((unsigned long)pmd_sv);

	pgtable_pmd_page_dtor(virt_to_page(pmd));
	free_page((unsigned long)pmd);

	return 1;
}
