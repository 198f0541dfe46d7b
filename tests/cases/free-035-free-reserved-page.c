// SPDX-License-Identifier: GPL-2.0
/*
 * Memory hot-remove frees page tables that came from memblock with
 * free_reserved_page() (x86 init_64.c free_pagetable()).  Here it is called
 * directly on the pte table just after clearing the pmd.
 *
 * Expectation: reported at free_reserved_page().
 */
#include <linux/mm.h>
#include <linux/spinlock.h>

void free_boot_pte_table(pmd_t *pmd);
void free_boot_pte_table(pmd_t *pmd)
{
	struct page *table = pmd_page(*pmd);

	spin_lock(&init_mm.page_table_lock);
	pmd_clear(pmd);
	spin_unlock(&init_mm.page_table_lock);

	free_reserved_page(table);	/* expect: pgtable-free-unflushed */
}
