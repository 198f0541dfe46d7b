// SPDX-License-Identifier: GPL-2.0
/*
 * The __pte_alloc_kernel() shape (mm/memory.c): a fresh pte table is
 * allocated, then installed under the lock unless another CPU raced and
 * populated the pmd first, in which case the unused table is freed.
 *
 * Expectation: clean.  The freed table was never reachable from any entry.
 */
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/pgalloc.h>

int __pte_alloc_kernel(pmd_t *pmd)
{
	pte_t *new = pte_alloc_one_kernel(&init_mm);

	if (!new)
		return -ENOMEM;

	spin_lock(&init_mm.page_table_lock);
	if (likely(pmd_none(*pmd))) {	/* Has another populated it ? */
		pmd_populate_kernel(&init_mm, pmd, new);
		new = NULL;
	}
	spin_unlock(&init_mm.page_table_lock);
	if (new)
		pte_free_kernel(&init_mm, new);
	return 0;
}
