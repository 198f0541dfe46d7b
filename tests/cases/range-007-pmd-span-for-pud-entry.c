// SPDX-License-Identifier: GPL-2.0
/*
 * A pud entry is cleared but the flush covers only PMD_SIZE, the span of a
 * pmd entry, before the pmd table is freed.
 *
 * Expectation: flush-range-short at the flush: the pud mapped PUD_SIZE.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void free_pmd_level(pud_t *pud, unsigned long addr);
void free_pmd_level(pud_t *pud, unsigned long addr)
{
	pmd_t *pmd = pud_pgtable(*pud);

	pud_clear(pud);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);	/* expect: flush-range-short */
	pmd_free(&init_mm, pmd);
}
