/* SPDX-License-Identifier: GPL-2.0 */
/* A header function with a finding, included by two translation units. */
#include <linux/spinlock.h>
#include <linux/slab.h>

static spinlock_t common_lock;

static inline void *common_alloc(void)
{
	void *p;

	spin_lock(&common_lock);
	p = kmalloc(64, GFP_KERNEL);	/* FINDING: sleeping-alloc-in-atomic */
	spin_unlock(&common_lock);
	return p;
}
