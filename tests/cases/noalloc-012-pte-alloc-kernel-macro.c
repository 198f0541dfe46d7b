// SPDX-License-Identifier: GPL-2.0
/*
 * A no-alloc function uses pte_alloc_kernel(), a macro that allocates a
 * pte table through __pte_alloc_kernel() when the pmd is empty.
 *
 * Expectation: alloc-in-noalloc at pte_alloc_kernel().
 */
#include <linux/mm.h>
#include <pgcheck/annotations.h>

int __pgcheck_noalloc clear_kernel_pte(pmd_t *pmd, unsigned long addr);
int __pgcheck_noalloc clear_kernel_pte(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = pte_alloc_kernel(pmd, addr);	/* expect: alloc-in-noalloc */

	if (!pte)
		return -ENOMEM;
	pte_clear(&init_mm, addr, pte);
	return 0;
}
