// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of free-036: clear, flush the PMD_SIZE span, return the table to its
 * cache.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/tlbflush.h>

extern struct kmem_cache *pte_table_cache;

void free_pte_fragment(pmd_t *pmd, unsigned long addr);
void free_pte_fragment(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	kmem_cache_free(pte_table_cache, pte);
}
