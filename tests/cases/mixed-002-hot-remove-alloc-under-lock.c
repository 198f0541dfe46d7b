// SPDX-License-Identifier: GPL-2.0
/*
 * A hot-remove style table teardown that records the removed range with
 * GFP_KERNEL while holding init_mm.page_table_lock, and frees the pte
 * table after the clear without a flush (the caller flushes everything at
 * the end, as x86 remove_pagetable() does).
 *
 * Expectation: sleeping-alloc-in-atomic at kmalloc(), and
 * pgtable-free-unflushed at the free.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <asm/tlbflush.h>

struct removed_range {
	unsigned long start, end;
	struct removed_range *next;
};

static struct removed_range *removed;

void free_pagetable(struct page *page, int order);

static void free_pte_table(pmd_t *pmd, unsigned long addr)
{
	struct page *table = pmd_page(*pmd);
	struct removed_range *r;

	spin_lock(&init_mm.page_table_lock);
	pmd_clear(pmd);
	r = kmalloc(sizeof(*r), GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	if (r) {
		r->start = addr;
		r->end = addr + PMD_SIZE;
		r->next = removed;
		removed = r;
	}
	spin_unlock(&init_mm.page_table_lock);

	free_pagetable(table, 0);	/* expect: pgtable-free-unflushed */
}

void remove_pmd_range(pmd_t *pmd, unsigned long addr, unsigned long end);
void remove_pmd_range(pmd_t *pmd, unsigned long addr, unsigned long end)
{
	for (; addr < end; addr += PMD_SIZE, pmd++)
		if (pmd_present(*pmd) && !pmd_leaf(*pmd))
			free_pte_table(pmd, addr);

	flush_tlb_all();
}
