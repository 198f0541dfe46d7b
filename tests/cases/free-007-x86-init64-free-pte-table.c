// SPDX-License-Identifier: GPL-2.0
/*
 * x86 memory hot-remove, arch/x86/mm/init_64.c (Linux 6.1): free_pte_table()
 * frees the pte table and clears the pmd entry afterwards, under
 * init_mm.page_table_lock.  remove_pagetable() issues one flush_tlb_all()
 * at the end of the whole walk.
 *
 * Expectation: the free_pagetable() call is reported: the entry is still
 * live when the table is freed, and a flush in a caller after the free
 * returned does not count.
 */
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/tlbflush.h>

/* arch/x86/mm/init_64.c: frees the page (bootmem or buddy). */
void free_pagetable(struct page *page, int order);

static void free_pte_table(pte_t *pte_start, pmd_t *pmd)
{
	pte_t *pte;
	int i;

	for (i = 0; i < PTRS_PER_PTE; i++) {
		pte = pte_start + i;
		if (!pte_none(*pte))
			return;
	}

	/* free a pte talbe */
	free_pagetable(pmd_page(*pmd), 0);	/* expect: pgtable-free-unflushed */
	spin_lock(&init_mm.page_table_lock);
	pmd_clear(pmd);
	spin_unlock(&init_mm.page_table_lock);
}

void remove_pmd_table(pmd_t *pmd_start, unsigned long addr, unsigned long end);
void remove_pmd_table(pmd_t *pmd_start, unsigned long addr, unsigned long end)
{
	unsigned long next;
	pte_t *pte_base;
	pmd_t *pmd;

	pmd = pmd_start + pmd_index(addr);
	for (; addr < end; addr = next, pmd++) {
		next = pmd_addr_end(addr, end);

		if (!pmd_present(*pmd))
			continue;

		pte_base = (pte_t *)pmd_page_vaddr(*pmd);
		free_pte_table(pte_base, pmd);
	}

	flush_tlb_all();
}
