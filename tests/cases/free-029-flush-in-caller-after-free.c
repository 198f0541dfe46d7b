// SPDX-License-Identifier: GPL-2.0
/*
 * The helper clears and frees; its caller flushes after the helper has
 * returned, believing that "the range gets flushed anyway".
 *
 * Expectation: reported at the free in the helper.  A flush counts only if
 * it happens between the clear and the free.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

static void clear_and_free_pte_table(pmd_t *pmd)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	pte_free_kernel(&init_mm, pte);	/* expect: pgtable-free-unflushed */
}

void unmap_huge_candidate(pmd_t *pmd, unsigned long addr);
void unmap_huge_candidate(pmd_t *pmd, unsigned long addr)
{
	clear_and_free_pte_table(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
}
