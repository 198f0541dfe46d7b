// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of free-033 with the flush in place.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void release_pte_ptdesc(pmd_t *pmd, unsigned long addr);
void release_pte_ptdesc(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);
	struct ptdesc *pt = virt_to_ptdesc(pte);

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	pagetable_free(pt);
}
