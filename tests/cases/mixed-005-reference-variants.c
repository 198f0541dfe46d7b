// SPDX-License-Identifier: GPL-2.0
/* pgcheck-variant noflush: -DREF_BUG_NO_FLUSH */
/* pgcheck-variant short: -DREF_BUG_SHORT_FLUSH */
/* pgcheck-variant order2018: -DREF_BUG_ORDER_2018 */
/*
 * One pmd teardown, checked in four builds the way the reference model's
 * broken variants are: correct by default; with no flush; with a one-page
 * flush; and in the 2018 order (flush after the free).
 *
 * Expectation: clean by default; pgtable-free-unflushed at the free in the
 * noflush and order2018 variants; flush-range-short at the short flush in
 * the short variant.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int pmd_free_pte_page(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
#if defined(REF_BUG_SHORT_FLUSH)
	flush_tlb_kernel_range(addr, addr + PAGE_SIZE);	/* expect(short): flush-range-short */
#elif !defined(REF_BUG_NO_FLUSH) && !defined(REF_BUG_ORDER_2018)
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
#endif
	pte_free_kernel(&init_mm, pte);	/* expect(noflush): pgtable-free-unflushed */ /* expect(order2018): pgtable-free-unflushed */ /* known-miss(cocci): Coccinelle 1.1.1 turns #if/#elif/#endif into a choice between the two branches (like if/else), so the configuration where neither flush line is compiled (there is no #else) is not a path it can match */
#if defined(REF_BUG_ORDER_2018)
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
#endif
	return 1;
}
