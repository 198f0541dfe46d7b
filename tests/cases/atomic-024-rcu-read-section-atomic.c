// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of atomic-023 allocating with GFP_ATOMIC inside the RCU section,
 * and a GFP_KERNEL allocation after rcu_read_unlock().
 *
 * Expectation: clean.
 */
#include <linux/slab.h>
#include <linux/rcupdate.h>

struct route {
	int dst;
	struct route *next;
};

extern struct route *route_table;

struct route *route_clone(int dst, void **cookie);
struct route *route_clone(int dst, void **cookie)
{
	struct route *r, *copy = NULL;

	rcu_read_lock();
	for (r = rcu_dereference(route_table); r; r = r->next) {
		if (r->dst == dst) {
			copy = kmemdup(r, sizeof(*r), GFP_ATOMIC);
			break;
		}
	}
	rcu_read_unlock();

	*cookie = kzalloc(32, GFP_KERNEL);
	return copy;
}
