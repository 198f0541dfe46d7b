/* SPDX-License-Identifier: GPL-2.0 */
/* BUG() as asm-generic/bug.h writes it without an arch trap: panic(). */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <linux/compiler.h>

void __noreturn panic(const char *fmt, ...);

#define BUG() do {							\
	panic("BUG: failure at %s:%d/%s()!", __FILE__, __LINE__, __func__); \
} while (0)

#define BUG_ON(condition) do { if (unlikely(condition)) BUG(); } while (0)

/* A WARN_ON() that fires is recorded by the simulator as a failure. */
void __warn(const char *file, int line);

#define WARN_ON(condition) ({						\
	int __ret_warn_on = !!(condition);				\
	if (unlikely(__ret_warn_on))					\
		__warn(__FILE__, __LINE__);				\
	unlikely(__ret_warn_on);					\
})

#endif /* _LINUX_BUG_H */
