// SPDX-License-Identifier: GPL-2.0
/*
 * pmd_free_pte_page() (no-alloc in the vocabulary table) written with both
 * mistakes the 2018 discussion was about: it allocates a scratch copy of
 * the pte table, and frees the table before flushing.
 *
 * Expectation: alloc-in-noalloc at the allocation and
 * pgtable-free-unflushed at the table free.  Freeing the scratch copy is
 * not a page-table free.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

extern void audit_ptes(pte_t *ptes);

int pmd_free_pte_page(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);
	pte_t *copy = (pte_t *)__get_free_page(GFP_ATOMIC);	/* expect: alloc-in-noalloc */

	if (copy)
		memcpy(copy, pte, PAGE_SIZE);

	pmd_clear(pmd);
	free_page((unsigned long)pte);	/* expect: pgtable-free-unflushed */
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);

	if (copy) {
		audit_ptes(copy);
		free_page((unsigned long)copy);
	}
	return 1;
}
