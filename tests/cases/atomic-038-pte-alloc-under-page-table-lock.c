// SPDX-License-Identifier: GPL-2.0
/*
 * A kernel mapping path that allocates the pte table with
 * pte_alloc_one_kernel() while holding init_mm.page_table_lock.  Page-table
 * allocators use GFP_PGTABLE_KERNEL and always may sleep.  (mm/memory.c
 * __pte_alloc_kernel() allocates before taking the lock: free-016.)
 *
 * Expectation: reported at pte_alloc_one_kernel().
 */
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/pgalloc.h>

int populate_kernel_pmd(pmd_t *pmd);
int populate_kernel_pmd(pmd_t *pmd)
{
	pte_t *new;
	int ret = 0;

	spin_lock(&init_mm.page_table_lock);
	if (pmd_none(*pmd)) {
		new = pte_alloc_one_kernel(&init_mm);	/* expect: sleeping-alloc-in-atomic */
		if (new)
			pmd_populate_kernel(&init_mm, pmd, new);
		else
			ret = -ENOMEM;
	}
	spin_unlock(&init_mm.page_table_lock);
	return ret;
}
