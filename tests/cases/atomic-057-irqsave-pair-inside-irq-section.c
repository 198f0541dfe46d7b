// SPDX-License-Identifier: GPL-2.0
/*
 * A lock-irqsave/unlock-irqrestore pair nested inside a local_irq_save()
 * section restores the state its lock saved - interrupts still disabled -
 * so a sleeping allocation before local_irq_restore() is still in atomic
 * context.  Likewise after spin_lock_irq()/spin_unlock_irq() pairs and
 * when a lock-irqsave section is ended by the lock's plain unlock only.
 *
 * Expectation: reported at each allocation.
 */
#include <linux/gfp.h>
#include <linux/irqflags.h>
#include <linux/spinlock.h>

struct stat_buf {
	spinlock_t lock;
	raw_spinlock_t raw;
	void *buf;
};

void stat_buf_fill(struct stat_buf *s);
void stat_buf_fill(struct stat_buf *s)
{
	unsigned long flags, inner;

	local_irq_save(flags);
	spin_lock_irqsave(&s->lock, inner);
	s->buf = NULL;
	spin_unlock_irqrestore(&s->lock, inner);
	s->buf = (void *)__get_free_page(GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */ /* known-miss(cocci): the SmPL lists pair a lock with its own unlock; a lock-irqsave is not an IRQ section there */
	local_irq_restore(flags);
}

void stat_buf_fill_raw(struct stat_buf *s);
void stat_buf_fill_raw(struct stat_buf *s)
{
	unsigned long flags;

	local_irq_save(flags);
	raw_spin_lock_irq(&s->raw);
	s->buf = NULL;
	raw_spin_unlock_irq(&s->raw);
	s->buf = (void *)__get_free_page(GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */ /* known-miss(cocci): the SmPL lists pair a lock with its own unlock; a lock-irqsave is not an IRQ section there */
	local_irq_restore(flags);
}

void stat_buf_fill_unlock_only(struct stat_buf *s);
void stat_buf_fill_unlock_only(struct stat_buf *s)
{
	unsigned long flags;

	spin_lock_irqsave(&s->lock, flags);
	s->buf = NULL;
	spin_unlock(&s->lock);
	s->buf = (void *)__get_free_page(GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */ /* known-miss(cocci): the SmPL lists pair a lock with its own unlock; a lock-irqsave is not an IRQ section there */
	local_irq_restore(flags);
}
