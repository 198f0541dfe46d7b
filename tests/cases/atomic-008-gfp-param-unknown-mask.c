// SPDX-License-Identifier: GPL-2.0
/*
 * An exported helper that takes a lock and allocates with the mask its
 * (external) callers pass; no call site is in this file.
 *
 * Expectation: clean; the mask is unknown, and precision comes first.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct tag {
	unsigned long key;
	struct tag *next;
};

static DEFINE_SPINLOCK(tag_lock);
static struct tag *tags;

int tag_add(unsigned long key, gfp_t gfp);
int tag_add(unsigned long key, gfp_t gfp)
{
	struct tag *t;

	spin_lock(&tag_lock);
	t = kmalloc(sizeof(*t), gfp);
	if (t) {
		t->key = key;
		t->next = tags;
		tags = t;
	}
	spin_unlock(&tag_lock);
	return t ? 0 : -ENOMEM;
}
