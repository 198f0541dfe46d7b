// SPDX-License-Identifier: GPL-2.0
/*
 * arm64 pmd_free_pte_page() (arch/arm64/mm/mmu.c, Linux 6.1): clear the pmd,
 * invalidate the walk caches for the address with
 * __flush_tlb_kernel_pgtable(), then free the pte table.
 *
 * Expectation: clean.  The walk-cache flush for the address covers every
 * cached level for it, so it covers the entry that maps it.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int pmd_free_pte_page(pmd_t *pmdp, unsigned long addr)
{
	pte_t *table;
	pmd_t pmd;

	pmd = READ_ONCE(*pmdp);

	if (!pmd_present(pmd))
		return 1;

	table = pte_offset_kernel(pmdp, addr);
	pmd_clear(pmdp);
	__flush_tlb_kernel_pgtable(addr);
	pte_free_kernel(NULL, table);
	return 1;
}
