// SPDX-License-Identifier: GPL-2.0
/*
 * vmalloc() with preemption disabled.  vmalloc() always may sleep: it
 * allocates page tables with GFP_KERNEL.
 *
 * Expectation: reported at vmalloc().
 */
#include <linux/errno.h>
#include <linux/preempt.h>
#include <linux/vmalloc.h>

extern void *percpu_area[64];
extern int cpu_number;

int percpu_area_init(unsigned long size);
int percpu_area_init(unsigned long size)
{
	int ret = 0;

	preempt_disable();
	if (!percpu_area[cpu_number]) {
		percpu_area[cpu_number] = vmalloc(size);	/* expect: sleeping-alloc-in-atomic */
		if (!percpu_area[cpu_number])
			ret = -ENOMEM;
	}
	preempt_enable();
	return ret;
}
