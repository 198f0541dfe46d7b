// SPDX-License-Identifier: GPL-2.0
/*
 * spin_trylock() holds the lock only when it returns true; the allocation
 * is on the success branch.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct log_ring {
	spinlock_t lock;
	char *buf;
};

bool log_ring_try_init(struct log_ring *r);
bool log_ring_try_init(struct log_ring *r)
{
	bool ok = false;

	if (spin_trylock(&r->lock)) {
		if (!r->buf)
			r->buf = kmalloc(4096, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
		ok = r->buf != NULL;
		spin_unlock(&r->lock);
	}
	return ok;
}
