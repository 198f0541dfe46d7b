// SPDX-License-Identifier: GPL-2.0
/* GFP_ATOMIC under a raw spinlock: fine, except under PREEMPT_RT. */
#include <linux/spinlock.h>
#include <linux/slab.h>

static raw_spinlock_t lock;

void *alloc_atomic_under_raw_lock(void)
{
	void *p;

	raw_spin_lock(&lock);
	p = kmalloc(64, GFP_ATOMIC);	/* FINDING(rt): sleeping-alloc-in-atomic */
	raw_spin_unlock(&lock);
	return p;
}
