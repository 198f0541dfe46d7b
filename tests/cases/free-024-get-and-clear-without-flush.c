// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of free-023 with the non-flushing pmdp_huge_get_and_clear(): the old
 * value is read and the entry cleared, but nothing invalidates the TLB
 * before the pte table from the old value is freed.
 *
 * Expectation: reported at pte_free().
 */
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/pgalloc.h>

void collapse_and_free_pmd(struct mm_struct *mm, unsigned long addr,
			   pmd_t *pmdp);
void collapse_and_free_pmd(struct mm_struct *mm, unsigned long addr,
			   pmd_t *pmdp)
{
	pmd_t pmd;

	spin_lock(&mm->page_table_lock);
	pmd = pmdp_huge_get_and_clear(mm, addr, pmdp);
	spin_unlock(&mm->page_table_lock);

	pte_free(mm, pmd_pgtable(pmd));	/* expect: pgtable-free-unflushed */
}
