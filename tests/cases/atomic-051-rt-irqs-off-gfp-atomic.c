// SPDX-License-Identifier: GPL-2.0
/* pgcheck-rt */
/*
 * GFP_ATOMIC with interrupts disabled by local_irq_save(), in PREEMPT_RT
 * mode: hard IRQs-off sections forbid allocation on RT.
 *
 * Expectation: reported at the allocation in RT mode.
 */
#include <linux/slab.h>
#include <linux/irqflags.h>

struct irq_stats {
	unsigned long *hist;
	unsigned int buckets;
};

void irq_stats_init(struct irq_stats *s);
void irq_stats_init(struct irq_stats *s)
{
	unsigned long flags;

	local_irq_save(flags);
	if (!s->hist)
		s->hist = kcalloc(s->buckets, sizeof(*s->hist), GFP_ATOMIC);	/* expect: sleeping-alloc-in-atomic */
	local_irq_restore(flags);
}
