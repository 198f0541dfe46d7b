// SPDX-License-Identifier: GPL-2.0
/*
 * A no-alloc free path that vmallocs a buffer to stage what it frees.
 *
 * Expectation: alloc-in-noalloc at vmalloc().
 */
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

int __pgcheck_noalloc free_pte_tables(pmd_t *pmd, unsigned long addr, int nr);
int __pgcheck_noalloc free_pte_tables(pmd_t *pmd, unsigned long addr, int nr)
{
	pte_t **tables = vmalloc(nr * sizeof(pte_t *));	/* expect: alloc-in-noalloc */
	int i;

	if (!tables)
		return -ENOMEM;
	for (i = 0; i < nr; i++) {
		tables[i] = (pte_t *)pmd_page_vaddr(pmd[i]);
		pmd_clear(&pmd[i]);
	}
	flush_tlb_kernel_range(addr, addr + nr * PMD_SIZE);
	for (i = 0; i < nr; i++)
		pte_free_kernel(&init_mm, tables[i]);
	vfree(tables);
	return 0;
}
