// SPDX-License-Identifier: GPL-2.0
/*
 * The entry value is copied before the clear, and the table is found from
 * the copy afterwards (pmd_page(old)), after a flush.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <asm/tlbflush.h>

void replace_with_huge(pmd_t *pmd, unsigned long addr);
void replace_with_huge(pmd_t *pmd, unsigned long addr)
{
	pmd_t old = *pmd;

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	__free_page(pmd_page(old));
}
