// SPDX-License-Identifier: GPL-2.0
/*
 * A huge-mapping teardown marked no-alloc calls pud_free_pmd_page(), whose
 * x86 contract is "Callers must allow a single page allocation" (it is
 * may-alloc in the vocabulary table).  This is the 2018 reviewers'
 * objection: "better avoid any allocations in code paths that are about
 * freeing memory".
 *
 * Expectation: alloc-in-noalloc at the call.
 */
#include <linux/mm.h>
#include <pgcheck/annotations.h>

int __pgcheck_noalloc vunmap_try_huge_pud(pud_t *pud, unsigned long addr,
					  unsigned long end);
int __pgcheck_noalloc vunmap_try_huge_pud(pud_t *pud, unsigned long addr,
					  unsigned long end)
{
	if ((end - addr) != PUD_SIZE)
		return 0;

	if (addr & ~PUD_MASK)
		return 0;

	if (pud_present(*pud) && !pud_free_pmd_page(pud, addr))	/* expect: alloc-in-noalloc */
		return 0;

	return 1;
}
