// SPDX-License-Identifier: GPL-2.0
/*
 * An error path jumps to the common free label after the entry has been
 * cleared, skipping the flush on the normal path.
 *
 * Expectation: reported at the free: on the goto path it follows the clear
 * with no flush.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

extern int remap_area_check(unsigned long addr);

int collapse_pte_table(pmd_t *pmd, unsigned long addr);
int collapse_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);
	int ret = 0;

	pmd_clear(pmd);
	if (remap_area_check(addr)) {
		ret = -EBUSY;
		goto out_free;
	}

	flush_tlb_kernel_range(addr, addr + PMD_SIZE);

out_free:
	pte_free_kernel(&init_mm, pte);	/* expect: pgtable-free-unflushed */
	return ret;
}
