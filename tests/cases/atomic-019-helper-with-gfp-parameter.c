// SPDX-License-Identifier: GPL-2.0
/*
 * A same-file helper allocates with the mask it is given.  One caller holds
 * a spinlock and passes GFP_ATOMIC; another holds it and passes
 * GFP_KERNEL; a third passes GFP_KERNEL without the lock.
 *
 * Expectation: only the GFP_KERNEL call under the lock is reported, at the
 * call to the helper.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct request_ctx {
	spinlock_t lock;
	void *scratch;
};

static void *alloc_scratch(gfp_t gfp)
{
	return kmalloc(256, gfp);
}

void ctx_prepare_atomic(struct request_ctx *c);
void ctx_prepare_atomic(struct request_ctx *c)
{
	spin_lock(&c->lock);
	c->scratch = alloc_scratch(GFP_ATOMIC);
	spin_unlock(&c->lock);
}

void ctx_prepare_locked(struct request_ctx *c);
void ctx_prepare_locked(struct request_ctx *c)
{
	spin_lock(&c->lock);
	c->scratch = alloc_scratch(GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	spin_unlock(&c->lock);
}

void ctx_prepare(struct request_ctx *c);
void ctx_prepare(struct request_ctx *c)
{
	void *s = alloc_scratch(GFP_KERNEL);

	spin_lock(&c->lock);
	c->scratch = s;
	spin_unlock(&c->lock);
}
