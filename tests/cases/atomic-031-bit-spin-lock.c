// SPDX-License-Identifier: GPL-2.0
/*
 * bit_spin_lock() disables preemption and spins on a bit (as the zram and
 * buffer-head code use it); a GFP_NOIO allocation is made with the bit
 * held.  GFP_NOIO still allows direct reclaim.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/bit_spinlock.h>

#define SLOT_LOCK	0

struct slot_entry {
	unsigned long flags;
	void *handle;
};

int slot_store(struct slot_entry *e, size_t len);
int slot_store(struct slot_entry *e, size_t len)
{
	int ret = 0;

	bit_spin_lock(SLOT_LOCK, &e->flags);
	if (!e->handle) {
		e->handle = kmalloc(len, GFP_NOIO);	/* expect: sleeping-alloc-in-atomic */
		if (!e->handle)
			ret = -ENOMEM;
	}
	bit_spin_unlock(SLOT_LOCK, &e->flags);
	return ret;
}
