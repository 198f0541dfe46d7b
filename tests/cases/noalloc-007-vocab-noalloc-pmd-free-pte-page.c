// SPDX-License-Identifier: GPL-2.0
/*
 * pmd_free_pte_page() is listed as no-alloc in the vocabulary table: it
 * frees a table and must not allocate to do it.  This version borrows a
 * scratch page to save the ptes for a debug check first.
 *
 * Expectation: alloc-in-noalloc at the allocation.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

extern void check_ptes_unmapped(pte_t *saved);

int pmd_free_pte_page(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);
	pte_t *saved = (pte_t *)__get_free_page(GFP_KERNEL);	/* expect: alloc-in-noalloc */

	if (saved) {
		memcpy(saved, pte, PAGE_SIZE);
		check_ptes_unmapped(saved);
		free_page((unsigned long)saved);
	}

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	free_page((unsigned long)pte);
	return 1;
}
