// SPDX-License-Identifier: GPL-2.0
/*
 * The lock is taken and released by small same-file helpers (annotated for
 * sparse with __acquires/__releases, as kernel code does); the caller
 * allocates with GFP_KERNEL between them.
 *
 * Expectation: reported at the allocation; the helpers' effect on the
 * atomic context carries into the caller.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct domain {
	spinlock_t lock;
	unsigned long flags;
	void **pt;
};

static void domain_lock(struct domain *d)
	__acquires(&d->lock)
{
	spin_lock_irqsave(&d->lock, d->flags);
}

static void domain_unlock(struct domain *d)
	__releases(&d->lock)
{
	spin_unlock_irqrestore(&d->lock, d->flags);
}

int domain_alloc_pt(struct domain *d);
int domain_alloc_pt(struct domain *d)
{
	int ret = 0;

	domain_lock(d);
	if (!d->pt) {
		d->pt = kcalloc(512, sizeof(void *), GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
		if (!d->pt)
			ret = -ENOMEM;
	}
	domain_unlock(d);
	return ret;
}
