// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of free-038 without the flush: the copy of the entry carries the
 * same table as the entry that was cleared.
 *
 * Expectation: reported at __free_page().
 */
#include <linux/mm.h>

void replace_with_huge(pmd_t *pmd, unsigned long addr);
void replace_with_huge(pmd_t *pmd, unsigned long addr)
{
	pmd_t old = *pmd;

	pmd_clear(pmd);
	__free_page(pmd_page(old));	/* expect: pgtable-free-unflushed */
}
