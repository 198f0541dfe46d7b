// SPDX-License-Identifier: GPL-2.0
/*
 * A no-alloc function calls a same-file function annotated
 * __pgcheck_may_alloc.
 *
 * Expectation: alloc-in-noalloc at the call; the callee's own allocation
 * is not a finding.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

static __pgcheck_may_alloc pmd_t *save_pmd_table(pmd_t *pmd)
{
	pmd_t *sv = (pmd_t *)__get_free_page(GFP_KERNEL);
	int i;

	if (!sv)
		return NULL;
	for (i = 0; i < PTRS_PER_PMD; i++)
		sv[i] = pmd[i];
	return sv;
}

int __pgcheck_noalloc free_pmd_level(pud_t *pud, unsigned long addr);
int __pgcheck_noalloc free_pmd_level(pud_t *pud, unsigned long addr)
{
	pmd_t *pmd = pud_pgtable(*pud);
	pmd_t *sv = save_pmd_table(pmd);	/* expect: alloc-in-noalloc */

	if (!sv)
		return 0;
	pud_clear(pud);
	flush_tlb_kernel_range(addr, addr + PUD_SIZE);
	free_page((unsigned long)sv);
	pmd_free(&init_mm, pmd);
	return 1;
}
