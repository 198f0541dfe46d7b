// SPDX-License-Identifier: GPL-2.0
/*
 * Two paths flush before the common free: the huge-page path flushes the
 * whole PMD span, the other only the first page.
 *
 * Expectation: flush-range-short at the one-page flush only.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void unmap_pte_table(pmd_t *pmd, unsigned long addr, bool huge);
void unmap_pte_table(pmd_t *pmd, unsigned long addr, bool huge)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	if (huge)
		flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	else
		flush_tlb_kernel_range(addr, addr + PAGE_SIZE);	/* expect: flush-range-short */
	pte_free_kernel(&init_mm, pte);
}
