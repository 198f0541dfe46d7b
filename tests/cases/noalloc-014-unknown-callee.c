// SPDX-License-Identifier: GPL-2.0
/*
 * A no-alloc function calls functions with no body in this translation
 * unit that are neither in the vocabulary nor annotated.
 *
 * Expectation: clean; unknown callees are assumed not to allocate.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

extern void arch_sync_kernel_mappings(unsigned long start, unsigned long end);
extern void kmsan_vunmap_range_noflush(unsigned long start, unsigned long end);

int __pgcheck_noalloc unmap_pte_table(pmd_t *pmd, unsigned long addr);
int __pgcheck_noalloc unmap_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	kmsan_vunmap_range_noflush(addr, addr + PMD_SIZE);
	pmd_clear(pmd);
	arch_sync_kernel_mappings(addr, addr + PMD_SIZE);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	pte_free_kernel(&init_mm, pte);
	return 1;
}
