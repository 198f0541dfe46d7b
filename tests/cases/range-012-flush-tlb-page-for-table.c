// SPDX-License-Identifier: GPL-2.0
/*
 * flush_tlb_page() flushes a single user page; here it is the only flush
 * between clearing a pmd and freeing its pte table.
 *
 * Expectation: flush-range-short at the flush.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void retract_pte_table(struct vm_area_struct *vma, pmd_t *pmd,
		       unsigned long haddr);
void retract_pte_table(struct vm_area_struct *vma, pmd_t *pmd,
		       unsigned long haddr)
{
	pgtable_t table = pmd_pgtable(*pmd);

	pmd_clear(pmd);
	flush_tlb_page(vma, haddr);	/* expect: flush-range-short */
	pte_free(vma->vm_mm, table);
}
