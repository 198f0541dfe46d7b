// SPDX-License-Identifier: GPL-2.0
/*
 * mm/khugepaged.c collapse_and_free_pmd() (Linux 6.1): pmdp_collapse_flush()
 * clears the pmd and flushes the TLB for it in one call; the pte table is
 * then taken from the returned old value and freed.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/pgalloc.h>

extern void mm_dec_nr_ptes(struct mm_struct *mm);

void collapse_and_free_pmd(struct mm_struct *mm, struct vm_area_struct *vma,
			   unsigned long addr, pmd_t *pmdp);
void collapse_and_free_pmd(struct mm_struct *mm, struct vm_area_struct *vma,
			   unsigned long addr, pmd_t *pmdp)
{
	pmd_t pmd;

	spin_lock(&mm->page_table_lock);
	pmd = pmdp_collapse_flush(vma, addr, pmdp);
	spin_unlock(&mm->page_table_lock);

	mm_dec_nr_ptes(mm);
	pte_free(mm, pmd_pgtable(pmd));
}
