// SPDX-License-Identifier: GPL-2.0
/*
 * A name is duplicated with kstrdup(GFP_KERNEL) while holding an rwlock for
 * reading.  rwlock_t readers spin like spinlocks.
 *
 * Expectation: reported at kstrdup().
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct named {
	rwlock_t lock;
	const char *name;
};

char *named_get_name(struct named *n);
char *named_get_name(struct named *n)
{
	char *copy;

	read_lock(&n->lock);
	copy = kstrdup(n->name, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	read_unlock(&n->lock);
	return copy;
}
