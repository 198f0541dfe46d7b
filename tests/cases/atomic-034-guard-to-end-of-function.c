// SPDX-License-Identifier: GPL-2.0
/*
 * guard(spinlock_irqsave)(&lock) holds the lock from the declaration to the
 * end of the enclosing scope, here the function.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

struct irq_domain_map {
	spinlock_t lock;
	unsigned int *revmap;
	unsigned int size;
};

int revmap_resize(struct irq_domain_map *d, unsigned int size);
int revmap_resize(struct irq_domain_map *d, unsigned int size)
{
	unsigned int *map;

	guard(spinlock_irqsave)(&d->lock);

	if (size <= d->size)
		return 0;
	map = kcalloc(size, sizeof(*map), GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	if (!map)
		return -ENOMEM;
	kfree(d->revmap);
	d->revmap = map;
	d->size = size;
	return 0;
}
