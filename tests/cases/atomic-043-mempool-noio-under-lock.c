// SPDX-License-Identifier: GPL-2.0
/*
 * mempool_alloc(GFP_NOIO) under a spinlock: the pool guarantees progress
 * but mempool_alloc() waits for an element when the pool is empty.
 *
 * Expectation: reported at mempool_alloc().
 */
#include <linux/mempool.h>
#include <linux/spinlock.h>

struct io_queue {
	spinlock_t lock;
	mempool_t *pool;
	void *pending;
};

void io_queue_prepare(struct io_queue *q);
void io_queue_prepare(struct io_queue *q)
{
	spin_lock_irq(&q->lock);
	if (!q->pending)
		q->pending = mempool_alloc(q->pool, GFP_NOIO);	/* expect: sleeping-alloc-in-atomic */
	spin_unlock_irq(&q->lock);
}
