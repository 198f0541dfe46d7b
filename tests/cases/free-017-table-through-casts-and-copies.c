// SPDX-License-Identifier: GPL-2.0
/*
 * The table address travels through an integer, a void pointer and a
 * second typed pointer before it is freed.
 *
 * Expectation: reported; casts and copies keep the identity of the table,
 * which is freed right after its entry is cleared, with no flush.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>

void drop_pte_table(pmd_t *pmd);
void drop_pte_table(pmd_t *pmd)
{
	unsigned long vaddr = pmd_page_vaddr(*pmd);
	void *table = (void *)vaddr;
	pte_t *pte = table;

	pmd_clear(pmd);
	pte_free_kernel(&init_mm, pte);	/* expect: pgtable-free-unflushed */
}
