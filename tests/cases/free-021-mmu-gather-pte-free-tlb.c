// SPDX-License-Identifier: GPL-2.0
/*
 * mm/memory.c free_pte_range() (Linux 6.1): the pte table is taken from the
 * pmd, the pmd cleared, and the table handed to pte_free_tlb(), which
 * queues it on the mmu_gather to be freed after the TLB flush.
 *
 * Expectation: clean; the free is deferred past the flush by design.
 */
#include <linux/mm.h>
#include <asm/tlb.h>

extern void mm_dec_nr_ptes(struct mm_struct *mm);

void free_pte_range(struct mmu_gather *tlb, pmd_t *pmd, unsigned long addr);
void free_pte_range(struct mmu_gather *tlb, pmd_t *pmd, unsigned long addr)
{
	pgtable_t token = pmd_pgtable(*pmd);

	pmd_clear(pmd);
	pte_free_tlb(tlb, token, addr);
	mm_dec_nr_ptes(tlb->mm);
}
