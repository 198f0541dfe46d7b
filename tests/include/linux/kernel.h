/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <linux/types.h>
#include <linux/typecheck.h>
#include <linux/bug.h>
#include <linux/errno.h>

#define ARRAY_SIZE(arr) (sizeof(arr) / sizeof((arr)[0]))

#define container_of(ptr, type, member) ({				\
	void *__mptr = (void *)(ptr);					\
	((type *)(__mptr - offsetof(type, member))); })

#define min(x, y)	((x) < (y) ? (x) : (y))
#define max(x, y)	((x) > (y) ? (x) : (y))

#define _THIS_IP_  ({ __label__ __here; __here: (unsigned long)&&__here; })
#define _RET_IP_   (unsigned long)__builtin_return_address(0)

extern int _printk(const char *fmt, ...);
#define pr_err(fmt, ...)	_printk(fmt, ##__VA_ARGS__)
#define pr_warn(fmt, ...)	_printk(fmt, ##__VA_ARGS__)

extern void *memset(void *s, int c, size_t n);
extern void *memcpy(void *dst, const void *src, size_t n);

#endif /* _LINUX_KERNEL_H */
