// SPDX-License-Identifier: GPL-2.0
/*
 * A no-alloc teardown whose error path (reached by goto) allocates an
 * error report with GFP_ATOMIC.  The normal path does not allocate, but
 * one path does.
 *
 * Expectation: alloc-in-noalloc at the allocation on the error path.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

struct teardown_error {
	unsigned long addr;
	int code;
};

extern void report_teardown_error(struct teardown_error *e);

int __pgcheck_noalloc teardown_pte_table(pmd_t *pmd, unsigned long addr);
int __pgcheck_noalloc teardown_pte_table(pmd_t *pmd, unsigned long addr)
{
	struct teardown_error *e;
	pte_t *pte;

	if (!pmd_present(*pmd) || pmd_leaf(*pmd))
		goto err;

	pte = (pte_t *)pmd_page_vaddr(*pmd);
	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	pte_free_kernel(&init_mm, pte);
	return 0;

err:
	e = kmalloc(sizeof(*e), GFP_ATOMIC);	/* expect: alloc-in-noalloc */
	if (e) {
		e->addr = addr;
		e->code = -EINVAL;
		report_teardown_error(e);
	}
	return -EINVAL;
}
