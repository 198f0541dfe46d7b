// SPDX-License-Identifier: GPL-2.0
/*
 * The flushed range comes from the caller: nothing in this translation
 * unit says how large [start, end) is.
 *
 * Expectation: clean; the rule applies only where the range is computable.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void unmap_pte_table(pmd_t *pmd, unsigned long start, unsigned long end);
void unmap_pte_table(pmd_t *pmd, unsigned long start, unsigned long end)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_tlb_kernel_range(start, end);
	pte_free_kernel(&init_mm, pte);
}
