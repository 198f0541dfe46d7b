// SPDX-License-Identifier: GPL-2.0
/*
 * A cache flush is written where a TLB flush is needed:
 * flush_cache_vunmap() maintains data caches on virtually-indexed caches and
 * does nothing to TLBs or paging-structure caches (it is empty on x86).
 *
 * Expectation: reported at the free; there is no TLB flush between clear
 * and free.
 */
#include <linux/mm.h>
#include <linux/cacheflush.h>
#include <asm/pgalloc.h>

void vunmap_pte_table(pmd_t *pmd, unsigned long addr);
void vunmap_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_cache_vunmap(addr, addr + PMD_SIZE);
	pte_free_kernel(&init_mm, pte);	/* expect: pgtable-free-unflushed */
}
