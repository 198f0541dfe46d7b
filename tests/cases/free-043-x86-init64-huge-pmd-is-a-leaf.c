// SPDX-License-Identifier: GPL-2.0
/*
 * x86 memory hot-remove, arch/x86/mm/init_64.c (Linux 6.1):
 * remove_pmd_table().  Inside `if (pmd_large(*pmd))` the entry maps a 2 MB
 * page, so pmd_page(*pmd) is that huge page, not a page table:
 * free_hugepage_table() frees mapped memory (the direct map or the vmemmap
 * backing), and no paging-structure cache can walk *through* a leaf entry
 * into it.  The same holds for pmd_leaf() and for the pud level.
 *
 * Expectation: clean.  A free on the other edge of the same test (the entry
 * is not a leaf, so it points to a table) is still checked: see
 * free-044-leaf-test-false-edge-is-a-table.c.
 */
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/tlbflush.h>

/* arch/x86/mm/init_64.c: frees the page (bootmem or buddy). */
void free_pagetable(struct page *page, int order);
void remove_pte_table(pte_t *pte_start, unsigned long addr,
		      unsigned long end, int direct);

static void free_hugepage_table(struct page *page)
{
	free_pagetable(page, PMD_SHIFT - PAGE_SHIFT);
}

static void free_huge_pud_page(struct page *page)
{
	free_pagetable(page, PUD_SHIFT - PAGE_SHIFT);
}

void remove_pmd_table(pmd_t *pmd_start, unsigned long addr, unsigned long end,
		      int direct);
void remove_pmd_table(pmd_t *pmd_start, unsigned long addr, unsigned long end,
		      int direct)
{
	unsigned long next;
	pte_t *pte_base;
	pmd_t *pmd;

	pmd = pmd_start + pmd_index(addr);
	for (; addr < end; addr = next, pmd++) {
		next = pmd_addr_end(addr, end);

		if (!pmd_present(*pmd))
			continue;

		if (pmd_large(*pmd)) {
			if (!(addr & ~PMD_MASK) && !(next & ~PMD_MASK)) {
				if (!direct)
					free_hugepage_table(pmd_page(*pmd));

				spin_lock(&init_mm.page_table_lock);
				pmd_clear(pmd);
				spin_unlock(&init_mm.page_table_lock);
			}
			continue;
		}

		pte_base = (pte_t *)pmd_page_vaddr(*pmd);
		remove_pte_table(pte_base, addr, next, direct);
	}

	flush_tlb_all();
}

/* The negated spelling: leave non-leaf entries alone, free the huge page. */
void remove_huge_pud(pud_t *pud);
void remove_huge_pud(pud_t *pud)
{
	if (!pud_leaf(*pud))
		return;
	free_huge_pud_page(pud_page(*pud));
	pud_clear(pud);
	flush_tlb_all();
}
