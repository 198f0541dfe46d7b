// SPDX-License-Identifier: GPL-2.0
/*
 * A no-alloc teardown that only clears, flushes, frees and calls a helper
 * that frees.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

static void release_pte_page(pte_t *pte)
{
	pte_free_kernel(&init_mm, pte);
}

int __pgcheck_noalloc unmap_pte_table(pmd_t *pmd, unsigned long addr);
int __pgcheck_noalloc unmap_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	release_pte_page(pte);
	return 1;
}
