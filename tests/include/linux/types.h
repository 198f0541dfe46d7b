/* SPDX-License-Identifier: GPL-2.0 */
/* Modelled on Linux 6.1 include/linux/types.h (x86-64). */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <linux/compiler.h>
#include <linux/stddef.h>

typedef signed char		s8;
typedef unsigned char		u8;
typedef signed short		s16;
typedef unsigned short		u16;
typedef signed int		s32;
typedef unsigned int		u32;
typedef signed long long	s64;
typedef unsigned long long	u64;

typedef _Bool			bool;
typedef __SIZE_TYPE__		size_t;
typedef long			ssize_t;
typedef long			loff_t;
typedef unsigned long		uintptr_t;
typedef u64			phys_addr_t;
typedef unsigned long		pgoff_t;

typedef unsigned int __bitwise gfp_t;

typedef struct {
	int counter;
} atomic_t;

struct list_head {
	struct list_head *next, *prev;
};

#endif /* _LINUX_TYPES_H */
