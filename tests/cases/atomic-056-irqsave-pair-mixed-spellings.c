// SPDX-License-Identifier: GPL-2.0
/*
 * An IRQ section opened by local_irq_save() and a raw spinlock taken inside
 * it are both ended by one raw_spin_unlock_irqrestore() (the shape of
 * kernel/rcu/tree.c krc_this_cpu_lock()/krc_this_cpu_unlock() around
 * add_ptr_to_bulk_krc_lock()); the mirror, spin_lock_irqsave() ended by
 * spin_unlock() and local_irq_restore(), likewise.  An allocation after
 * either end runs with interrupts enabled and no lock held.
 *
 * Expectation: clean.
 */
#include <linux/gfp.h>
#include <linux/irqflags.h>
#include <linux/spinlock.h>

struct krc {
	raw_spinlock_t lock;
	spinlock_t slock;
	unsigned long page;
};

static struct krc *krc_lock(struct krc *k, unsigned long *flags)
{
	local_irq_save(*flags);
	raw_spin_lock(&k->lock);
	return k;
}

static void krc_unlock(struct krc *k, unsigned long flags)
{
	raw_spin_unlock_irqrestore(&k->lock, flags);
}

int krc_refill(struct krc *k);
int krc_refill(struct krc *k)
{
	unsigned long flags;
	unsigned long page;

	krc_lock(k, &flags);
	if (k->page) {
		krc_unlock(k, flags);
		return 0;
	}
	krc_unlock(k, flags);
	page = __get_free_page(GFP_KERNEL | __GFP_NOWARN);
	krc_lock(k, &flags);
	if (!k->page)
		k->page = page;
	krc_unlock(k, flags);
	return 0;
}

int krc_refill_inline(struct krc *k);
int krc_refill_inline(struct krc *k)
{
	unsigned long flags;
	unsigned long page;

	local_irq_save(flags);
	raw_spin_lock(&k->lock);
	raw_spin_unlock_irqrestore(&k->lock, flags);
	page = __get_free_page(GFP_KERNEL);
	raw_spin_lock_irqsave(&k->lock, flags);
	k->page = page;
	raw_spin_unlock(&k->lock);
	local_irq_restore(flags);
	return 0;
}

int krc_refill_mirror(struct krc *k);
int krc_refill_mirror(struct krc *k)
{
	unsigned long flags;

	spin_lock_irqsave(&k->slock, flags);
	k->page = 0;
	spin_unlock(&k->slock);
	local_irq_restore(flags);
	k->page = __get_free_page(GFP_KERNEL);
	return 0;
}
