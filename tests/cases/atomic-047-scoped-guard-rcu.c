// SPDX-License-Identifier: GPL-2.0
/*
 * scoped_guard(rcu) { } is an RCU read-side section for the block.
 *
 * Expectation: the GFP_KERNEL allocation inside the block is reported; the
 * one after it is not.
 */
#include <linux/slab.h>
#include <linux/rcupdate.h>

struct policy {
	int level;
	char name[16];
};

extern struct policy *current_policy;

struct policy *policy_copy(void **extra);
struct policy *policy_copy(void **extra)
{
	struct policy *copy = NULL;

	scoped_guard(rcu) {
		struct policy *p = rcu_dereference(current_policy);

		if (p)
			copy = kmemdup(p, sizeof(*p), GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	}

	*extra = kzalloc(16, GFP_KERNEL);
	return copy;
}
