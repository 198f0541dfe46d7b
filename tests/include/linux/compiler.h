/* SPDX-License-Identifier: GPL-2.0 */
/* Modelled on Linux 6.1 include/linux/compiler.h and asm-generic/rwonce.h. */
#ifndef __LINUX_COMPILER_H
#define __LINUX_COMPILER_H

#include <linux/compiler_types.h>

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

/* Optimization barrier */
#define barrier() __asm__ __volatile__("" : : : "memory")

#define __READ_ONCE(x)	(*(const volatile __typeof__(x) *)&(x))
#define READ_ONCE(x)	__READ_ONCE(x)

#define __WRITE_ONCE(x, val)						\
do {									\
	*(volatile __typeof__(x) *)&(x) = (val);			\
} while (0)
#define WRITE_ONCE(x, val)	__WRITE_ONCE(x, val)

#define data_race(expr) (expr)

#endif /* __LINUX_COMPILER_H */
