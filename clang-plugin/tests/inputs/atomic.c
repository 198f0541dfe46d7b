// SPDX-License-Identifier: GPL-2.0
/* A sleeping allocation under a spinlock, written through the kernel's
 * macros and inline wrappers. */
#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

void *alloc_under_lock(void)
{
	void *p;

	spin_lock(&lock);
	p = kmalloc(64, GFP_KERNEL);	/* FINDING: sleeping-alloc-in-atomic */
	spin_unlock(&lock);
	return p;
}

void *alloc_unlocked(void)
{
	return kmalloc(64, GFP_KERNEL);
}
