// SPDX-License-Identifier: GPL-2.0
/*
 * A bookkeeping page, not a page table, is freed between the clear and the
 * flush; the table itself is freed after the flush.
 *
 * Expectation: clean.  Only pages reachable from a cleared entry matter.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void retire_pte_table(pmd_t *pmd, unsigned long addr, unsigned long log);
void retire_pte_table(pmd_t *pmd, unsigned long addr, unsigned long log)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	free_page(log);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	pte_free_kernel(&init_mm, pte);
}
