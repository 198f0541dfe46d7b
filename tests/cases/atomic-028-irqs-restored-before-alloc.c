// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of atomic-027: the count is read with interrupts off, the pages are
 * allocated after local_irq_restore().
 *
 * Expectation: clean.
 */
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/irqflags.h>

struct page_pool {
	struct page *pages[16];
	int count;
};

int pool_refill(struct page_pool *pool);
int pool_refill(struct page_pool *pool)
{
	unsigned long flags;
	int need;

	local_irq_save(flags);
	need = 16 - pool->count;
	local_irq_restore(flags);

	while (need-- > 0) {
		struct page *page = alloc_pages(GFP_KERNEL, 0);

		if (!page)
			return -ENOMEM;
		local_irq_save(flags);
		pool->pages[pool->count++] = page;
		local_irq_restore(flags);
	}
	return 0;
}
