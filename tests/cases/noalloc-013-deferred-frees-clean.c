// SPDX-License-Identifier: GPL-2.0
/*
 * A no-alloc function that queues page tables on an mmu_gather with
 * pte_free_tlb() and tlb_remove_table(): queueing is not allocating.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <asm/tlb.h>
#include <pgcheck/annotations.h>

void __pgcheck_noalloc free_pmd_and_ptes(struct mmu_gather *tlb, pud_t *pud,
					 unsigned long addr);
void __pgcheck_noalloc free_pmd_and_ptes(struct mmu_gather *tlb, pud_t *pud,
					 unsigned long addr)
{
	pmd_t *table = pud_pgtable(*pud);
	pmd_t *pmd = pmd_offset(pud, addr);
	pgtable_t token = pmd_pgtable(*pmd);

	pmd_clear(pmd);
	pte_free_tlb(tlb, token, addr);

	pud_clear(pud);
	tlb_remove_table(tlb, table);
}
