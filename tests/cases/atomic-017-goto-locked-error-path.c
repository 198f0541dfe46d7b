// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of atomic-016 where the label is reached with the lock held and the
 * unlock comes after the allocation.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct device_state {
	spinlock_t lock;
	int users;
	void *last_error;
};

int device_get(struct device_state *s);
int device_get(struct device_state *s)
{
	spin_lock(&s->lock);
	if (s->users < 0)
		goto fail;
	s->users++;
	spin_unlock(&s->lock);
	return 0;

fail:
	s->last_error = kzalloc(64, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	spin_unlock(&s->lock);
	return -EBUSY;
}
