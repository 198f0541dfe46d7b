// SPDX-License-Identifier: GPL-2.0
/*
 * alloc_pages(GFP_KERNEL) between local_irq_save() and local_irq_restore().
 *
 * Expectation: reported at alloc_pages().
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
	int ret = 0;

	local_irq_save(flags);
	while (pool->count < 16) {
		struct page *page = alloc_pages(GFP_KERNEL, 0);	/* expect: sleeping-alloc-in-atomic */

		if (!page) {
			ret = -ENOMEM;
			break;
		}
		pool->pages[pool->count++] = page;
	}
	local_irq_restore(flags);
	return ret;
}
