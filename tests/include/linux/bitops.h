/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Bit operations used by bit_spin_lock().  x86 implements them as inline
 * asm (arch/x86/include/asm/bitops.h); they are out of line here, which is
 * what an engine that does not look into asm sees anyway.
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <linux/types.h>

extern bool test_bit(long nr, const volatile unsigned long *addr);
extern bool test_and_set_bit_lock(long nr, volatile unsigned long *addr);
extern void clear_bit_unlock(long nr, volatile unsigned long *addr);
extern void __clear_bit_unlock(long nr, volatile unsigned long *addr);

static __always_inline void cpu_relax(void)
{
	asm volatile("rep; nop" ::: "memory");
}

#endif /* _LINUX_BITOPS_H */
