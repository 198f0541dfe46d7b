// SPDX-License-Identifier: GPL-2.0
/*
 * scoped_guard(spinlock, ...) { } holds the lock for the block (Linux 6.5+
 * cleanup.h).  One GFP_KERNEL allocation is inside the block, one after it.
 *
 * Expectation: only the allocation inside the guarded block is reported.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct quota {
	spinlock_t lock;
	long used;
	void *audit;
	void *report;
};

int quota_charge(struct quota *q, long n);
int quota_charge(struct quota *q, long n)
{
	scoped_guard(spinlock, &q->lock) {
		q->used += n;
		if (!q->audit)
			q->audit = kzalloc(64, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	}

	q->report = kzalloc(64, GFP_KERNEL);
	return q->report ? 0 : -ENOMEM;
}
