// SPDX-License-Identifier: GPL-2.0
/*
 * get_cpu() disables preemption until put_cpu(); the buffer is allocated
 * with GFP_KERNEL in between.
 *
 * Expectation: reported at the allocation.
 */
#include <linux/errno.h>
#include <linux/slab.h>
#include <linux/smp.h>

extern void *cpu_buffers[64];

int cpu_buffer_get(size_t size);
int cpu_buffer_get(size_t size)
{
	int cpu = get_cpu();
	int ret = 0;

	if (!cpu_buffers[cpu]) {
		cpu_buffers[cpu] = kzalloc(size, GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
		if (!cpu_buffers[cpu])
			ret = -ENOMEM;
	}
	put_cpu();
	return ret;
}
