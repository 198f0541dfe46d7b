// SPDX-License-Identifier: GPL-2.0
/*
 * x86 pmd_free_pte_page() as 5e0fb5df2ee8 merged it (and as in Linux 6.1):
 * the flush between pmd_clear() and the free covers one page,
 * [addr, addr + PAGE_SIZE - 1], for an entry that mapped PMD_SIZE.
 *
 * Expectation: flush-range-short at the flush (the same reasoning as the
 * 2025 report on the pud path; see range-001).
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
	flush_tlb_kernel_range(addr, addr + PAGE_SIZE-1);	/* expect: flush-range-short */

	free_page((unsigned long)pte);

	return 1;
}
