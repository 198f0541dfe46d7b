// SPDX-License-Identifier: GPL-2.0
/*
 * GFP_ATOMIC under a raw spinlock, without PREEMPT_RT.  (Under PREEMPT_RT
 * this is a bug: see atomic-050.)
 *
 * Expectation: clean in the default (non-RT) mode.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

static DEFINE_RAW_SPINLOCK(trace_lock);
static void *trace_buf;

void trace_buf_init(void);
void trace_buf_init(void)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&trace_lock, flags);
	if (!trace_buf)
		trace_buf = kmalloc(1024, GFP_ATOMIC);
	raw_spin_unlock_irqrestore(&trace_lock, flags);
}
