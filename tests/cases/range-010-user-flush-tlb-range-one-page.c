// SPDX-License-Identifier: GPL-2.0
/*
 * A user page-table teardown without an mmu_gather: the pmd is cleared
 * under the page-table lock and flush_tlb_range() is asked for one page
 * before the pte table is freed.
 *
 * Expectation: flush-range-short at the flush.
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

	flush_tlb_range(vma, haddr, haddr + PAGE_SIZE);	/* expect: flush-range-short */
	pte_free(mm, table);
}
