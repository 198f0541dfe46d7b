// SPDX-License-Identifier: GPL-2.0
/*
 * Two branches allocate with GFP_KERNEL: one drops the lock first, the
 * other allocates before unlocking.
 *
 * Expectation: only the allocation made with the lock held is reported.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct buffer {
	void *data;
	size_t len;
	spinlock_t lock;
};

int buffer_grow(struct buffer *b, size_t len, bool slow);
int buffer_grow(struct buffer *b, size_t len, bool slow)
{
	void *data;

	spin_lock(&b->lock);
	if (slow) {
		spin_unlock(&b->lock);
		data = kmalloc(len, GFP_KERNEL);
	} else {
		data = kmalloc(len, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
		spin_unlock(&b->lock);
	}
	if (!data)
		return -ENOMEM;

	spin_lock(&b->lock);
	kfree(b->data);
	b->data = data;
	b->len = len;
	spin_unlock(&b->lock);
	return 0;
}
