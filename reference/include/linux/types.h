/* SPDX-License-Identifier: GPL-2.0 */
/* Basic kernel types, x86-64 sizes (include/linux/types.h). */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

typedef unsigned char		u8;
typedef unsigned short		u16;
typedef unsigned int		u32;
typedef unsigned long long	u64;
typedef signed long long	s64;
typedef _Bool			bool;
typedef unsigned long		size_t;
typedef u64			phys_addr_t;
typedef unsigned int		gfp_t;

enum {
	false	= 0,
	true	= 1
};

#endif /* _LINUX_TYPES_H */
