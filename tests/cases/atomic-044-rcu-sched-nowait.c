// SPDX-License-Identifier: GPL-2.0
/*
 * rcu_read_lock_sched() section that allocates with GFP_NOWAIT, and a
 * GFP_KERNEL allocation after the section ends.
 *
 * Expectation: clean.
 */
#include <linux/slab.h>
#include <linux/rcupdate.h>

struct tracer {
	void *fast;
	void *slow;
};

extern struct tracer *active_tracer;

void tracer_prepare(void);
void tracer_prepare(void)
{
	struct tracer *t;

	rcu_read_lock_sched();
	t = rcu_dereference(active_tracer);
	if (t && !t->fast)
		t->fast = kmalloc(64, GFP_NOWAIT);
	rcu_read_unlock_sched();

	if (t && !t->slow)
		t->slow = kmalloc(64, GFP_KERNEL);
}
