// SPDX-License-Identifier: GPL-2.0
/*
 * The allocation is on the branch where spin_trylock() failed, so the lock
 * is not held there.
 *
 * Expectation: clean.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct log_ring {
	spinlock_t lock;
	char *buf;
	char *overflow;
};

void log_ring_write(struct log_ring *r);
void log_ring_write(struct log_ring *r)
{
	if (!spin_trylock(&r->lock)) {
		/* contended: log to a private buffer instead */
		r->overflow = kmalloc(4096, GFP_KERNEL);
		return;
	}
	r->buf[0] = 0;
	spin_unlock(&r->lock);
}
