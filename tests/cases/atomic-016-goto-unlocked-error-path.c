// SPDX-License-Identifier: GPL-2.0
/*
 * The error path drops the lock before jumping to a label that allocates a
 * diagnostic record with GFP_KERNEL.
 *
 * Expectation: clean; every path into the label has released the lock.
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
	if (s->users < 0) {
		spin_unlock(&s->lock);
		goto fail;
	}
	s->users++;
	spin_unlock(&s->lock);
	return 0;

fail:
	s->last_error = kzalloc(64, GFP_KERNEL);
	return -EBUSY;
}
