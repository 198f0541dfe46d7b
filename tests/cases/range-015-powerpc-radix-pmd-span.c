// SPDX-License-Identifier: GPL-2.0
/*
 * powerpc radix pmd_free_pte_page() (arch/powerpc/mm/book3s64/
 * radix_pgtable.c, Linux 6.1): clear the pmd, flush [addr, addr + PMD_SIZE),
 * free the pte table.
 *
 * Expectation: clean; the flush covers the span the pmd mapped.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int pmd_free_pte_page(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte;

	pte = (pte_t *)pmd_page_vaddr(*pmd);
	pmd_clear(pmd);

	flush_tlb_kernel_range(addr, addr + PMD_SIZE);

	pte_free_kernel(&init_mm, pte);

	return 1;
}
