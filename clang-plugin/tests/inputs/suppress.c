// SPDX-License-Identifier: GPL-2.0
/* Suppression comments: one with a reason (honoured), one without (not
 * honoured, and itself reported). */
#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t lock;

void *suppressed(void)
{
	void *p;

	spin_lock(&lock);
	/* pgcheck-suppress sleeping-alloc-in-atomic: test of a reasoned suppression */
	p = kmalloc(64, GFP_KERNEL);
	spin_unlock(&lock);
	return p;
}

void *not_suppressed(void)
{
	void *p;

	spin_lock(&lock);
	p = kmalloc(64, GFP_KERNEL);	/* FINDING: sleeping-alloc-in-atomic */ /* pgcheck-suppress sleeping-alloc-in-atomic */
	spin_unlock(&lock);
	return p;
}
