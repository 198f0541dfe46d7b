// SPDX-License-Identifier: GPL-2.0
/*
 * Page tables allocated from a kmem_cache (powerpc and s390 keep
 * fragment/table caches).  The pmd entry is cleared and the pte table
 * returned to its cache with no flush.
 *
 * Expectation: reported at kmem_cache_free().
 */
#include <linux/mm.h>
#include <linux/slab.h>

extern struct kmem_cache *pte_table_cache;

void free_pte_fragment(pmd_t *pmd);
void free_pte_fragment(pmd_t *pmd)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	kmem_cache_free(pte_table_cache, pte);	/* expect: pgtable-free-unflushed */
}
