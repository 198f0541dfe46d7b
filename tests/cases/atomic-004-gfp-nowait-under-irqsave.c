// SPDX-License-Identifier: GPL-2.0
/*
 * An opportunistic cache refill under spin_lock_irqsave() with GFP_NOWAIT |
 * __GFP_NOWARN: it may fail but never sleeps.
 *
 * Expectation: clean.
 */
#include <linux/gfp.h>
#include <linux/spinlock.h>

#define CACHE_PAGES	8

static DEFINE_SPINLOCK(cache_lock);
static unsigned long cache[CACHE_PAGES];
static int cache_count;

void refill_page_cache(void);
void refill_page_cache(void)
{
	unsigned long flags;

	spin_lock_irqsave(&cache_lock, flags);
	while (cache_count < CACHE_PAGES) {
		unsigned long page = __get_free_page(GFP_NOWAIT | __GFP_NOWARN);

		if (!page)
			break;
		cache[cache_count++] = page;
	}
	spin_unlock_irqrestore(&cache_lock, flags);
}
