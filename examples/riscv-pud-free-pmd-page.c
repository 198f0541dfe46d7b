// SPDX-License-Identifier: GPL-2.0
/*
 * Example for `scripts/demo.sh`, and a clean one: riscv's
 * pud_free_pmd_page().  It clears the pud, flushes the whole PUD_SIZE range,
 * and only then frees the pte tables below the (now unreachable) pmd table
 * and the pmd table itself.  No finding is expected.
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
