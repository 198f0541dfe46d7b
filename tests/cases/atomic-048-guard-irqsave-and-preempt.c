// SPDX-License-Identifier: GPL-2.0
/*
 * guard(irqsave)() and guard(preempt)() in inner scopes: interrupts (or
 * preemption) stay off to the end of the enclosing block.
 *
 * Expectation: the allocations inside the guarded blocks are reported; the
 * one after both blocks is not.
 */
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/irqflags.h>
#include <linux/preempt.h>

struct cpu_ctx {
	void *irq_buf;
	void *task_buf;
	void *log;
};

int cpu_ctx_init(struct cpu_ctx *c);
int cpu_ctx_init(struct cpu_ctx *c)
{
	{
		guard(irqsave)();
		c->irq_buf = kmalloc(256, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	}
	{
		guard(preempt)();
		c->task_buf = kmalloc(256, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
	}
	c->log = kmalloc(256, GFP_KERNEL);
	return (c->irq_buf && c->task_buf && c->log) ? 0 : -ENOMEM;
}
