/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_MEMORY_HOTPLUG_H
#define __LINUX_MEMORY_HOTPLUG_H

/* Tear down the kernel mapping of [start, end) and free emptied tables. */
void kernel_physical_mapping_remove(unsigned long start, unsigned long end);

#endif /* __LINUX_MEMORY_HOTPLUG_H */
