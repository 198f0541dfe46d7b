// SPDX-License-Identifier: GPL-2.0
/* pgcheck-rt */
/*
 * PREEMPT_RT: spinlock_t is a sleeping lock and spin_lock_irqsave() does
 * not disable interrupts, so GFP_ATOMIC after it is ended by spin_unlock()
 * alone is allowed; raw_spin_lock_irqsave() does disable them, and its
 * interrupt-off half outlives a plain raw_spin_unlock().
 *
 * Expectation: reported at the second allocation only.
 */
#include <linux/irqflags.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

struct rt_cache {
	spinlock_t lock;
	raw_spinlock_t raw;
	void *obj;
};

void rt_cache_fill(struct rt_cache *c);
void rt_cache_fill(struct rt_cache *c)
{
	unsigned long flags;

	spin_lock_irqsave(&c->lock, flags);
	spin_unlock(&c->lock);
	c->obj = kmalloc(64, GFP_ATOMIC);
	local_irq_restore(flags);
}

void rt_cache_fill_raw(struct rt_cache *c);
void rt_cache_fill_raw(struct rt_cache *c)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&c->raw, flags);
	raw_spin_unlock(&c->raw);
	c->obj = kmalloc(64, GFP_ATOMIC);	/* expect: sleeping-alloc-in-atomic */ /* known-miss(cocci): the SmPL lists pair a lock with its own unlock; a lock-irqsave is not an IRQ section there */
	local_irq_restore(flags);
}
