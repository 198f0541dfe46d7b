// SPDX-License-Identifier: GPL-2.0
/*
 * The flush is made only when the caller asks for a synchronous teardown;
 * the free happens on both paths.
 *
 * Expectation: reported: on the !sync path the table is freed after the
 * clear with no flush.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void teardown_pte_table(pmd_t *pmd, unsigned long addr, bool sync);
void teardown_pte_table(pmd_t *pmd, unsigned long addr, bool sync)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	if (sync)
		flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	pte_free_kernel(&init_mm, pte);	/* expect: pgtable-free-unflushed */
}
