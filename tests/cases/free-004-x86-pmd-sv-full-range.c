// SPDX-License-Identifier: GPL-2.0
/*
 * x86 pud_free_pmd_page() as 5e0fb5df2ee8 shaped it: the pmd entries are
 * saved into a scratch page (pmd_sv[]) and cleared, the pud is cleared,
 * the TLB flushed, and only then are the pte tables (reached through the
 * saved copies) and the pmd table freed.  The flush here covers the whole
 * PUD_SIZE span, as the 2025 fix asks (the 6.1 code flushes one page: see
 * range-001).  The scratch allocation is allowed: pud_free_pmd_page is
 * may-alloc ("Callers must allow a single page allocation").
 *
 * Expectation: clean.  Freeing pmd_sv itself is not a page-table free.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int pud_free_pmd_page(pud_t *pud, unsigned long addr)
{
	pmd_t *pmd, *pmd_sv;
	pte_t *pte;
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

	pud_clear(pud);

	flush_tlb_kernel_range(addr, addr + PUD_SIZE - 1);

	for (i = 0; i < PTRS_PER_PMD; i++) {
		if (!pmd_none(pmd_sv[i])) {
			pte = (pte_t *)pmd_page_vaddr(pmd_sv[i]);
			free_page((unsigned long)pte);
		}
	}

	free_page((unsigned long)pmd_sv);

	pgtable_pmd_page_dtor(virt_to_page(pmd));
	free_page((unsigned long)pmd);

	return 1;
}
