// SPDX-License-Identifier: GPL-2.0
/*
 * The saved-array shape of x86 pud_free_pmd_page() (5e0fb5df2ee8), with the
 * pte tables freed from the pmd_sv[] copies before the flush.  The copies
 * carry the same tables as the cleared entries.
 *
 * Expectation: the free in the first loop is reported (cleared, not yet
 * flushed); the later frees come after the flush and are fine.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int pud_free_pmd_page(pud_t *pud, unsigned long addr)
{
	pmd_t *pmd, *pmd_sv;
	int i;

	pmd = pud_pgtable(*pud);
	pmd_sv = (pmd_t *)__get_free_page(GFP_KERNEL);
	if (!pmd_sv)
		return 0;

	for (i = 0; i < PTRS_PER_PMD; i++) {
		pmd_sv[i] = pmd[i];
		if (!pmd_none(pmd[i]))
			pmd_clear(&pmd[i]);
	}

	for (i = 0; i < PTRS_PER_PMD; i++) {
		if (!pmd_none(pmd_sv[i]))
			free_page(pmd_page_vaddr(pmd_sv[i]));	/* expect: pgtable-free-unflushed */
	}

	pud_clear(pud);
	flush_tlb_kernel_range(addr, addr + PUD_SIZE);

	free_page((unsigned long)pmd_sv);
	free_page((unsigned long)pmd);

	return 1;
}
