// SPDX-License-Identifier: GPL-2.0
/*
 * A lookup-or-insert that allocates the new node with GFP_KERNEL while
 * holding a spinlock.  GFP_KERNEL may enter direct reclaim and sleep.
 *
 * Expectation: reported at kmalloc().
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
	node = kmalloc(sizeof(*node), GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
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
