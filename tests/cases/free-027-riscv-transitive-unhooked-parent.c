// SPDX-License-Identifier: GPL-2.0
/*
 * riscv and powerpc pud_free_pmd_page(): clear the pud, flush the whole
 * PUD_SIZE range, then read the pmd table in place and free the pte tables
 * below it, and the pmd table.  The pmd entries are never cleared.
 *
 * Expectation: clean.  Once the pud is cleared and its range flushed, the
 * pmd table and everything below it is unreachable: the pte tables need no
 * clear of their own (reachability is transitive).
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int pud_free_pmd_page(pud_t *pud, unsigned long addr)
{
	pmd_t *pmd = pud_pgtable(*pud);
	int i;

	pud_clear(pud);

	flush_tlb_kernel_range(addr, addr + PUD_SIZE);

	for (i = 0; i < PTRS_PER_PMD; i++) {
		if (!pmd_none(pmd[i])) {
			pte_t *pte = (pte_t *)pmd_page_vaddr(pmd[i]);

			pte_free_kernel(NULL, pte);
		}
	}

	pmd_free(NULL, pmd);

	return 1;
}
