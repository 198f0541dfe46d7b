// SPDX-License-Identifier: GPL-2.0
/*
 * The flushed size is held in a local variable set to one page, and the
 * end computed from it.
 *
 * Expectation: flush-range-short at the flush; the range is computable
 * through the variables and is one page of a PMD_SIZE span.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void unmap_pte_table(pmd_t *pmd, unsigned long addr);
void unmap_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);
	unsigned long size = PAGE_SIZE;
	unsigned long end = addr + size;

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, end);	/* expect: flush-range-short */ /* known-miss(cocci): the range end reaches the flush through two local variables; the SmPL rule reads the range as written in the call (START + SIZE) and does not follow values through assignments */ /* known-miss(sparse): the length reaches the flush through a local initialised with a constant; the sparse front end does not fold such locals (the clang front end does) */
	pte_free_kernel(&init_mm, pte);
}
