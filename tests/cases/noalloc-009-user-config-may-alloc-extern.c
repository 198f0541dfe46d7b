// SPDX-License-Identifier: GPL-2.0
/* pgcheck-config: noalloc-009-user-config-may-alloc-extern.vocab */
/*
 * The user config lists teardown_mapping as no-alloc and
 * reserve_unmap_slot, defined in another file, as may-alloc.  Without the
 * config reserve_unmap_slot would be an unknown callee (assumed not to
 * allocate); the config states its contract.
 *
 * Expectation: alloc-in-noalloc at the call to reserve_unmap_slot().
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

extern int reserve_unmap_slot(unsigned long addr);

int teardown_mapping(pmd_t *pmd, unsigned long addr);
int teardown_mapping(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	if (reserve_unmap_slot(addr))	/* expect: alloc-in-noalloc */
		return -ENOMEM;

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	pte_free_kernel(&init_mm, pte);
	return 0;
}
