// SPDX-License-Identifier: GPL-2.0
/*
 * The caller clears the pmd and hands the table to a small same-file helper
 * that frees it; nothing flushes in between.
 *
 * Expectation: reported at the call to the helper, in the function that
 * cleared the entry (the helper alone only sees a table pointer).
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>

static void release_pte_page(pte_t *pte)
{
	pte_free_kernel(&init_mm, pte);
}

void vunmap_pmd_table(pmd_t *pmd);
void vunmap_pmd_table(pmd_t *pmd)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	release_pte_page(pte);	/* expect: pgtable-free-unflushed */
}
