// SPDX-License-Identifier: GPL-2.0
/*
 * The x86 interfaces as 5e0fb5df2ee8 left them (and as in Linux 6.1), with a
 * caller on a memory-freeing path marked no-alloc:
 *  - pud_free_pmd_page() allocates its pmd_sv scratch page (allowed: it is
 *    may-alloc) but flushes only [addr, addr + PAGE_SIZE - 1] for a
 *    PUD_SIZE entry;
 *  - the no-alloc caller calls it, which is what reviewers objected to.
 *
 * Expectation: flush-range-short at the flush, alloc-in-noalloc at the
 * call.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

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

int __pgcheck_noalloc unmap_huge_pud(pud_t *pud, unsigned long addr);
int __pgcheck_noalloc unmap_huge_pud(pud_t *pud, unsigned long addr)
{
	if (pud_none(*pud))
		return 1;
	return pud_free_pmd_page(pud, addr);	/* expect: alloc-in-noalloc */
}
