// SPDX-License-Identifier: GPL-2.0
/*
 * The flush between clear and free is made by a same-file helper, as
 * architectures wrap their invalidation (e.g. a "flush the walk caches for
 * this pmd" helper).
 *
 * Expectation: clean; the helper's flush happens after the clear and before
 * the free on every path.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

static void flush_pmd_entry(unsigned long addr)
{
	unsigned long start = addr & PMD_MASK;

	flush_tlb_kernel_range(start, start + PMD_SIZE);
}

int pmd_free_pte_page(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_pmd_entry(addr);
	pte_free_kernel(NULL, pte);
	return 1;
}
