/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/compiler.h>
#include <linux/align.h>
#include <linux/bug.h>

/* CONFIG_DEBUG_ATOMIC_SLEEP: complains when called in atomic context. */
void __might_sleep(const char *file, int line);
#define might_sleep()	__might_sleep(__FILE__, __LINE__)

#define cond_resched()	do { } while (0)

#endif /* _LINUX_KERNEL_H */
