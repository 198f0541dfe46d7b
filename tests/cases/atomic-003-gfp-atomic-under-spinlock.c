// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of atomic-001 allocating with GFP_ATOMIC under the lock.  GFP_ATOMIC
 * has no __GFP_DIRECT_RECLAIM: it never sleeps.
 *
 * Expectation: clean.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct range_node {
	unsigned long start, end;
	struct range_node *next;
};

static DEFINE_SPINLOCK(range_lock);
static struct range_node *range_list;

int range_insert(unsigned long start, unsigned long end);
int range_insert(unsigned long start, unsigned long end)
{
	struct range_node *node;

	spin_lock(&range_lock);
	node = kzalloc(sizeof(*node), GFP_ATOMIC);
	if (!node) {
		spin_unlock(&range_lock);
		return -ENOMEM;
	}
	node->start = start;
	node->end = end;
	node->next = range_list;
	range_list = node;
	spin_unlock(&range_lock);
	return 0;
}
