// SPDX-License-Identifier: GPL-2.0
/*
 * Huge kernel mappings and the freeing of the tables they replace, as
 * arch/x86/mm/pgtable.c has them since 5e0fb5df2ee8 ("x86/mm: Add TLB
 * purge to free pmd/pte page interfaces").
 *
 * The invariant: 1) clear the entry pointing at a table, 2) invalidate the
 * TLB and paging-structure caches covering it, 3) free the table page.
 *
 * Broken variants, chosen at build time (declared below):
 *   order2018     28ee90fe6048: pmd_free_pte_page() clears and frees, no flush
 *   shortflush    pud_free_pmd_page() flushes one page for a PUD_SIZE teardown
 *   allocnoalloc  pmd_free_pte_page() takes a scratch page like the pud path
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/pgtable.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

/* pgcheck-variant order2018: -DREF_BUG_ORDER_2018 */
/* pgcheck-variant shortflush: -DREF_BUG_SHORT_FLUSH */
/* pgcheck-variant allocnoalloc: -DREF_BUG_ALLOC_IN_NOALLOC */

/**
 * pud_set_huge - set up a 1G kernel mapping
 * @pud: the entry; it must be none or already a leaf
 * @addr: physical address, PUD_SIZE aligned
 * @prot: protection bits of the small-page form
 *
 * Returns 1 on success, 0 when a table is still hooked at @pud.
 */
int pud_set_huge(pud_t *pud, phys_addr_t addr, pgprot_t prot)
{
	/* Bail out if we are on a populated non-leaf entry: */
	if (pud_present(*pud) && !pud_large(*pud))
		return 0;

	set_pud(pud, __pud((addr & PHYSICAL_PUD_PAGE_MASK) |
			   pgprot_val(prot) | _PAGE_PSE));
	return 1;
}

/**
 * pmd_set_huge - set up a 2M kernel mapping
 * @pmd: the entry; it must be none or already a leaf
 * @addr: physical address, PMD_SIZE aligned
 * @prot: protection bits of the small-page form
 */
int pmd_set_huge(pmd_t *pmd, phys_addr_t addr, pgprot_t prot)
{
	/* Bail out if we are on a populated non-leaf entry: */
	if (pmd_present(*pmd) && !pmd_large(*pmd))
		return 0;

	set_pmd(pmd, __pmd((addr & PHYSICAL_PMD_PAGE_MASK) |
			   pgprot_val(prot) | _PAGE_PSE));
	return 1;
}

/* Clear a 1G leaf.  Returns 1 if there was one. */
int pud_clear_huge(pud_t *pud)
{
	if (pud_large(*pud)) {
		pud_clear(pud);
		return 1;
	}
	return 0;
}

/* Clear a 2M leaf.  Returns 1 if there was one. */
int pmd_clear_huge(pmd_t *pmd)
{
	if (pmd_large(*pmd)) {
		pmd_clear(pmd);
		return 1;
	}
	return 0;
}

/**
 * pud_free_pmd_page - clear pud entry and free pmd page
 * @pud: Pointer to a PUD.
 * @addr: Virtual address associated with pud.
 *
 * Context: The pud range has been unmapped and TLB purged.
 * Return: 1 if clearing the entry succeeded. 0 otherwise.
 *
 * NOTE: Callers must allow a single page allocation.
 */
int __pgcheck_may_alloc pud_free_pmd_page(pud_t *pud, unsigned long addr)
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

	/* The tables below cover the whole PUD_SIZE range. */
#ifdef REF_BUG_SHORT_FLUSH
	flush_tlb_kernel_range(addr, addr + PAGE_SIZE-1); /* expect(shortflush): flush-range-short */
#else
	flush_tlb_kernel_range(addr, addr + PUD_SIZE);
#endif

	for (i = 0; i < PTRS_PER_PMD; i++) {
		if (!pmd_none(pmd_sv[i])) {
			pte = (pte_t *)pmd_page_vaddr(pmd_sv[i]);
			free_page((unsigned long)pte);
		}
	}

	free_page((unsigned long)pmd_sv);
	free_page((unsigned long)pmd);

	return 1;
}

/**
 * pmd_free_pte_page - clear pmd entry and free pte page
 * @pmd: Pointer to a PMD.
 * @addr: Virtual address associated with pmd.
 *
 * Context: The pmd range has been unmapped and TLB purged.
 * Return: 1 if clearing the entry succeeded. 0 otherwise.
 */
int __pgcheck_noalloc pmd_free_pte_page(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte;
#ifdef REF_BUG_ALLOC_IN_NOALLOC
	pte_t *pte_sv;
	int i;

	/* Keep a copy of the entries, the way the pud path does. */
	pte_sv = (pte_t *)__get_free_page(GFP_KERNEL); /* expect(allocnoalloc): alloc-in-noalloc */
	if (!pte_sv)
		return 0;
#endif

	pte = (pte_t *)pmd_page_vaddr(*pmd);
#ifdef REF_BUG_ALLOC_IN_NOALLOC
	for (i = 0; i < PTRS_PER_PTE; i++)
		pte_sv[i] = pte[i];
#endif
	pmd_clear(pmd);

#ifdef REF_BUG_ORDER_2018
	free_page((unsigned long)pte); /* expect(order2018): pgtable-free-unflushed */
#else
	/*
	 * The kernel flushes one page here ("INVLPG to clear all
	 * paging-structure caches"), which the simulator finds safe: the
	 * PDE-cache entry for this pmd covers all of its 2M.  The flush-range
	 * rule asks for the span the entry mapped (docs/reference.md).
	 */
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);

	free_page((unsigned long)pte);
#endif
#ifdef REF_BUG_ALLOC_IN_NOALLOC
	free_page((unsigned long)pte_sv);
#endif

	return 1;
}
