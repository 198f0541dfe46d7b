// SPDX-License-Identifier: GPL-2.0
/* pgcheck-rt */
/*
 * Twin of atomic-045 checked in PREEMPT_RT mode.  On PREEMPT_RT the page
 * and slab allocators take spinlock_t locks, which sleep, so no allocation
 * (not even GFP_ATOMIC) may be made under a raw_spinlock_t.
 *
 * Expectation: reported at kmalloc() in RT mode.
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
		trace_buf = kmalloc(1024, GFP_ATOMIC);	/* expect: sleeping-alloc-in-atomic */
	raw_spin_unlock_irqrestore(&trace_lock, flags);
}
