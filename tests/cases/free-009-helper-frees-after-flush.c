// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of free-008: the caller clears the pmd, flushes the PMD_SIZE span
 * and only then calls the same-file helper that frees the table.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

static void release_pte_page(pte_t *pte)
{
	pte_free_kernel(&init_mm, pte);
}

void vunmap_pmd_table(pmd_t *pmd, unsigned long addr);
void vunmap_pmd_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	release_pte_page(pte);
}
