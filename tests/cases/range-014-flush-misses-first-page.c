// SPDX-License-Identifier: GPL-2.0
/*
 * An off-by-one-page start: the flush runs from addr + PAGE_SIZE to the end
 * of the pmd span, leaving the first page (and the walk through it) cached.
 *
 * Expectation: flush-range-short at the flush: it covers PMD_SIZE -
 * PAGE_SIZE of the PMD_SIZE span.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void unmap_pte_table(pmd_t *pmd, unsigned long addr);
void unmap_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr + PAGE_SIZE, addr + PMD_SIZE);	/* expect: flush-range-short */
	pte_free_kernel(&init_mm, pte);
}
