// SPDX-License-Identifier: GPL-2.0
/*
 * The struct ptdesc spelling (Linux 6.6+): the pte table's descriptor is
 * looked up with virt_to_ptdesc() and released with pagetable_free() right
 * after the pmd is cleared.
 *
 * Expectation: reported at pagetable_free(); the descriptor is the same page
 * as the table, and nothing flushed.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>

void release_pte_ptdesc(pmd_t *pmd);
void release_pte_ptdesc(pmd_t *pmd)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);
	struct ptdesc *pt = virt_to_ptdesc(pte);

	pmd_clear(pmd);
	pagetable_free(pt);	/* expect: pgtable-free-unflushed */
}
