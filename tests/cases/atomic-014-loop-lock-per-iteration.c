// SPDX-License-Identifier: GPL-2.0
/*
 * A loop that takes and drops the lock in each iteration and allocates
 * only after the unlock.
 *
 * Expectation: clean; no iteration allocates with the lock held, and the
 * lock is not held on the back edge.
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
	int i;

	for (i = 0; i < 32; i++) {
		void *buf;
		bool busy;

		spin_lock(&t->lock);
		busy = t->slots[i].buf != NULL;
		spin_unlock(&t->lock);
		if (busy)
			continue;

		buf = kzalloc(size, GFP_KERNEL);
		if (!buf)
			return -ENOMEM;

		spin_lock(&t->lock);
		t->slots[i].buf = buf;
		spin_unlock(&t->lock);
	}
	return 0;
}
