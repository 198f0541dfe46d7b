// SPDX-License-Identifier: GPL-2.0
/*
 * The flush end is written inclusively, addr + PMD_SIZE - 1, as the x86
 * code spells its ranges.
 *
 * Expectation: clean; an inclusive end - 1 is the same range as
 * [addr, addr + PMD_SIZE).
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int pmd_free_pte_page(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE - 1);
	free_page((unsigned long)pte);
	return 1;
}
