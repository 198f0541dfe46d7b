// SPDX-License-Identifier: GPL-2.0
/* pgcheck-rt */
/*
 * guard(raw_spinlock)(&lock) and a GFP_NOWAIT allocation, in PREEMPT_RT
 * mode.  GFP_NOWAIT never reclaims, but on RT the allocator still takes
 * sleeping locks, which a raw spinlock section forbids.
 *
 * Expectation: reported at the allocation in RT mode.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct hw_queue {
	raw_spinlock_t lock;
	void *desc;
};

void hw_queue_kick(struct hw_queue *q);
void hw_queue_kick(struct hw_queue *q)
{
	guard(raw_spinlock)(&q->lock);

	if (!q->desc)
		q->desc = kzalloc(64, GFP_NOWAIT);	/* expect: sleeping-alloc-in-atomic */
}
