/* SPDX-License-Identifier: GPL-2.0 */
/* The few compiler helpers the model's kernel paths use. */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

#ifndef __always_inline
#define __always_inline	inline __attribute__((__always_inline__))
#endif
#define __noreturn	__attribute__((__noreturn__))
#define __must_check	__attribute__((__warn_unused_result__))

#define READ_ONCE(x)		(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, val)	(*(volatile __typeof__(x) *)&(x) = (val))

#define barrier()	__asm__ __volatile__("" : : : "memory")
#define smp_wmb()	barrier()

#endif /* _LINUX_COMPILER_H */
