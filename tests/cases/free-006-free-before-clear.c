// SPDX-License-Identifier: GPL-2.0
/*
 * A teardown that frees the pte table first and only then clears and
 * flushes the pmd entry pointing at it: the first mistake of the
 * clear / flush / free invariant.
 *
 * Expectation: the free is reported; the entry is still live there.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void unmap_pte_table(pmd_t *pmd, unsigned long addr);
void unmap_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = pte_offset_kernel(pmd, addr & PMD_MASK);

	pte_free_kernel(&init_mm, pte);	/* expect: pgtable-free-unflushed */
	pmd_clear(pmd);
	flush_tlb_kernel_range(addr & PMD_MASK, (addr & PMD_MASK) + PMD_SIZE);
}
