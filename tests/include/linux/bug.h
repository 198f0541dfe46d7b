/* SPDX-License-Identifier: GPL-2.0 */
/* Modelled on Linux 6.1 include/asm-generic/bug.h (out-of-line reporting). */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <linux/compiler.h>

extern void __warn_printk(const char *fmt, ...);
/* x86: ud2 raises the trap that prints the oops. */
#define BUG()								\
do {									\
	__asm__ __volatile__("ud2");					\
	__builtin_unreachable();					\
} while (0)
#define BUG_ON(condition) do { if (unlikely(condition)) BUG(); } while (0)

#define WARN_ON(condition) ({						\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__warn_printk("WARNING at %s:%d\n", __FILE__, __LINE__);\
	unlikely(__ret_warn_on);					\
})
#define WARN_ON_ONCE(condition)	WARN_ON(condition)

#endif /* _LINUX_BUG_H */
