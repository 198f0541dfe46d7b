// SPDX-License-Identifier: GPL-2.0
/*
 * flush_tlb_one_kernel(addr) flushes the translation of one address; it is
 * used here as if it invalidated everything the cleared pmd mapped.
 *
 * Expectation: flush-range-short at the flush: one page of a PMD_SIZE span.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void unmap_pte_table(pmd_t *pmd, unsigned long addr);
void unmap_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_tlb_one_kernel(addr);	/* expect: flush-range-short */
	pte_free_kernel(&init_mm, pte);
}
