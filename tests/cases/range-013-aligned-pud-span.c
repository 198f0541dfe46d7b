// SPDX-License-Identifier: GPL-2.0
/*
 * The flush start is the pud-aligned address and the end start + PUD_SIZE,
 * whatever address inside the range the caller passed.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void free_pmd_level(pud_t *pud, unsigned long addr);
void free_pmd_level(pud_t *pud, unsigned long addr)
{
	unsigned long start = addr & PUD_MASK;
	pmd_t *pmd = pud_pgtable(*pud);

	pud_clear(pud);
	flush_tlb_kernel_range(start, start + PUD_SIZE);
	pmd_free(&init_mm, pmd);
}
