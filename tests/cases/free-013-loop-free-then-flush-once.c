// SPDX-License-Identifier: GPL-2.0
/*
 * A walk over the pmd entries of a range that clears each entry and frees
 * its pte table inside the loop, with a single flush after the loop: the
 * batching mistake in a kernel-range teardown.
 *
 * Expectation: the free inside the loop is reported; the flush comes after
 * the frees.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void free_pte_tables(pmd_t *pmd, unsigned long addr, unsigned long end);
void free_pte_tables(pmd_t *pmd, unsigned long addr, unsigned long end)
{
	unsigned long start = addr;
	unsigned long next;
	pte_t *pte;

	do {
		next = pmd_addr_end(addr, end);
		if (pmd_none(*pmd))
			continue;
		pte = (pte_t *)pmd_page_vaddr(*pmd);
		pmd_clear(pmd);
		pte_free_kernel(&init_mm, pte);	/* expect: pgtable-free-unflushed */
	} while (pmd++, addr = next, addr != end);

	flush_tlb_kernel_range(start, end);
}
