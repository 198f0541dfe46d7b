// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of free-011: each branch flushes, one the exact span and the other
 * everything (for a large teardown), before the common free.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void teardown_pte_table(pmd_t *pmd, unsigned long addr, bool many);
void teardown_pte_table(pmd_t *pmd, unsigned long addr, bool many)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	if (many)
		flush_tlb_all();
	else
		flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	pte_free_kernel(&init_mm, pte);
}
