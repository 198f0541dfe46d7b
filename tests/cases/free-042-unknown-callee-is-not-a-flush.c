// SPDX-License-Identifier: GPL-2.0
/*
 * Between the clear and the free the code calls
 * arch_sync_kernel_mappings(), which propagates kernel page-table changes
 * to other page tables (x86-32, arm) but flushes nothing, and it has no
 * body in this translation unit.
 *
 * Expectation: reported at the free; an unknown callee is assumed not to
 * flush.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>

extern void arch_sync_kernel_mappings(unsigned long start, unsigned long end);

void vunmap_pte_table(pmd_t *pmd, unsigned long addr);
void vunmap_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	arch_sync_kernel_mappings(addr, addr + PMD_SIZE);
	pte_free_kernel(&init_mm, pte);	/* expect: pgtable-free-unflushed */
}
