// SPDX-License-Identifier: GPL-2.0
/*
 * spin_lock_bh() section allocating with GFP_NOFS, which includes
 * __GFP_DIRECT_RECLAIM.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct conn_table {
	spinlock_t lock;
	void **slots;
	unsigned int nr;
};

int conn_table_grow(struct conn_table *t, unsigned int nr);
int conn_table_grow(struct conn_table *t, unsigned int nr)
{
	void **slots;

	spin_lock_bh(&t->lock);
	slots = kcalloc(nr, sizeof(*slots), GFP_NOFS);	/* expect: sleeping-alloc-in-atomic */
	if (slots) {
		kfree(t->slots);
		t->slots = slots;
		t->nr = nr;
	}
	spin_unlock_bh(&t->lock);
	return slots ? 0 : -ENOMEM;
}
