// SPDX-License-Identifier: GPL-2.0
/*
 * One allocation that breaks two rules: it is made with GFP_KERNEL while a
 * spinlock is held, inside a function that must not allocate.
 *
 * Expectation: both sleeping-alloc-in-atomic and alloc-in-noalloc at the
 * allocation.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

struct vm_area_list {
	spinlock_t lock;
	unsigned long *purged;
	int nr;
};

int __pgcheck_noalloc purge_area(struct vm_area_list *l, pmd_t *pmd,
				 unsigned long addr);
int __pgcheck_noalloc purge_area(struct vm_area_list *l, pmd_t *pmd,
				 unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	spin_lock(&l->lock);
	if (!l->purged)
		l->purged = kcalloc(64, sizeof(unsigned long), GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic, alloc-in-noalloc */
	if (l->purged && l->nr < 64)
		l->purged[l->nr++] = addr;
	pmd_clear(pmd);
	spin_unlock(&l->lock);

	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	free_page((unsigned long)pte);
	return 0;
}
