// SPDX-License-Identifier: GPL-2.0
/*
 * A GFP_KERNEL allocation inside an RCU read-side critical section.
 * Sleeping is not allowed there (with !PREEMPT_RCU it would also end the
 * grace period early).
 *
 * Expectation: reported at the allocation.
 */
#include <linux/slab.h>
#include <linux/rcupdate.h>

struct route {
	int dst;
	struct route *next;
};

extern struct route *route_table;

struct route *route_clone(int dst);
struct route *route_clone(int dst)
{
	struct route *r, *copy = NULL;

	rcu_read_lock();
	for (r = rcu_dereference(route_table); r; r = r->next) {
		if (r->dst == dst) {
			copy = kmemdup(r, sizeof(*r), GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
			break;
		}
	}
	rcu_read_unlock();
	return copy;
}
