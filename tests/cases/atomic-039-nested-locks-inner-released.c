// SPDX-License-Identifier: GPL-2.0
/*
 * Two nested spinlocks; the inner one is released before the allocation,
 * but the outer one is still held.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct zone_info {
	spinlock_t lock;
	int nr;
};

struct node_info {
	spinlock_t lock;
	struct zone_info zone;
	void *map;
};

int node_update(struct node_info *n);
int node_update(struct node_info *n)
{
	spin_lock(&n->lock);
	spin_lock_nested(&n->zone.lock, SINGLE_DEPTH_NESTING);
	n->zone.nr++;
	spin_unlock(&n->zone.lock);

	if (!n->map)
		n->map = kzalloc(512, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	spin_unlock(&n->lock);
	return n->map ? 0 : -ENOMEM;
}
