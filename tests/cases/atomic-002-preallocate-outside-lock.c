// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of atomic-001: the node is allocated with GFP_KERNEL before the lock
 * is taken, the usual fix.
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

	node = kmalloc(sizeof(*node), GFP_KERNEL);
	if (!node)
		return -ENOMEM;
	node->start = start;
	node->end = end;

	spin_lock(&range_lock);
	node->next = range_list;
	range_list = node;
	spin_unlock(&range_lock);
	return 0;
}
