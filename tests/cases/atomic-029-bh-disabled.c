// SPDX-License-Identifier: GPL-2.0
/*
 * A networking-style path that disables bottom halves and allocates a
 * socket-private buffer with GFP_KERNEL.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/slab.h>
#include <linux/bottom_half.h>

struct flow {
	void *priv;
	unsigned int hits;
};

int flow_attach(struct flow *f);
int flow_attach(struct flow *f)
{
	int ret = 0;

	local_bh_disable();
	f->hits = 0;
	f->priv = kzalloc(128, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	if (!f->priv)
		ret = -ENOMEM;
	local_bh_enable();
	return ret;
}
