// SPDX-License-Identifier: GPL-2.0
/*
 * Clear, free, then flush, all in one function: the flush comes too late
 * (the "flush after free" broken variant of the reference model).
 *
 * Expectation: reported at the free.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int pmd_free_pte_page(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	free_page((unsigned long)pte);	/* expect: pgtable-free-unflushed */
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	return 1;
}
