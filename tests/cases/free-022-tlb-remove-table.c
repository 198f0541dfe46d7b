// SPDX-License-Identifier: GPL-2.0
/*
 * A pmd table unhooked from its pud and queued with tlb_remove_table(), as
 * the RCU table-free path does (mm/mmu_gather.c); the mmu_gather frees it
 * after flushing and after lockless walkers are done.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <asm/tlb.h>

void free_pmd_table(struct mmu_gather *tlb, pud_t *pud, unsigned long addr);
void free_pmd_table(struct mmu_gather *tlb, pud_t *pud, unsigned long addr)
{
	pmd_t *pmd = pmd_offset(pud, addr & PUD_MASK);

	pud_clear(pud);
	tlb_flush_pud_range(tlb, addr & PUD_MASK, PUD_SIZE);
	tlb_remove_table(tlb, pmd);
}
