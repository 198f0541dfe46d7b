// SPDX-License-Identifier: GPL-2.0
/*
 * x86 pmd_free_pte_page() in the order 5e0fb5df2ee8 ("x86/mm: Add TLB
 * purge to free pmd/pte page interfaces", 2018) established: clear the
 * entry, invalidate, then free.  The flush here covers the whole PMD_SIZE
 * span the entry mapped (the merged fix flushed one page; see range-003).
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int pmd_free_pte_page(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte;

	pte = (pte_t *)pmd_page_vaddr(*pmd);
	pmd_clear(pmd);

	/* INVLPG to clear all paging-structure caches */
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);

	free_page((unsigned long)pte);

	return 1;
}
