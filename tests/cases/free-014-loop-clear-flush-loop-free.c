// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of free-013: the first loop clears the entries (saving the tables),
 * one flush covers the whole range, the second loop frees.
 *
 * Expectation: clean.  The range [start, end) covers every cleared entry.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

#define MAX_BATCH	16

void free_pte_tables(pmd_t *pmd, unsigned long start);
void free_pte_tables(pmd_t *pmd, unsigned long start)
{
	pte_t *tables[MAX_BATCH];
	unsigned long end = start + MAX_BATCH * PMD_SIZE;
	int i, n = 0;

	for (i = 0; i < MAX_BATCH; i++) {
		if (pmd_none(pmd[i]))
			continue;
		tables[n++] = (pte_t *)pmd_page_vaddr(pmd[i]);
		pmd_clear(&pmd[i]);
	}

	flush_tlb_kernel_range(start, end);

	for (i = 0; i < n; i++)
		pte_free_kernel(&init_mm, tables[i]);
}
