// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of atomic-014 that holds the lock around the whole loop, allocating
 * inside it.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct slot {
	void *buf;
};

struct slot_table {
	spinlock_t lock;
	struct slot slots[32];
};

int fill_slots(struct slot_table *t, size_t size);
int fill_slots(struct slot_table *t, size_t size)
{
	int i, ret = 0;

	spin_lock(&t->lock);
	for (i = 0; i < 32; i++) {
		if (t->slots[i].buf)
			continue;
		t->slots[i].buf = kzalloc(size, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
		if (!t->slots[i].buf) {
			ret = -ENOMEM;
			break;
		}
	}
	spin_unlock(&t->lock);
	return ret;
}
