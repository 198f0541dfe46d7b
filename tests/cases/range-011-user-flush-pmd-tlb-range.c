// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of range-010 flushing the whole pmd span with flush_pmd_tlb_range()
 * (include/linux/pgtable.h, used by THP code for exactly this).
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void retract_pte_table(struct vm_area_struct *vma, pmd_t *pmd,
		       unsigned long haddr);
void retract_pte_table(struct vm_area_struct *vma, pmd_t *pmd,
		       unsigned long haddr)
{
	struct mm_struct *mm = vma->vm_mm;
	pgtable_t table = pmd_pgtable(*pmd);

	spin_lock(&mm->page_table_lock);
	pmd_clear(pmd);
	spin_unlock(&mm->page_table_lock);

	flush_pmd_tlb_range(vma, haddr, haddr + PMD_SIZE);
	pte_free(mm, table);
}
