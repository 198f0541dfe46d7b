/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Modelled on Linux 6.1 arch/x86/include/asm/preempt.h.  The per-CPU
 * counter is a plain variable here (x86 reaches it through %gs-relative
 * asm); the layering of the helpers is the same.
 */
#ifndef __ASM_PREEMPT_H
#define __ASM_PREEMPT_H

#include <linux/types.h>

extern int __preempt_count;

#define PREEMPT_NEED_RESCHED	0x80000000

static __always_inline int preempt_count(void)
{
	return READ_ONCE(__preempt_count) & ~PREEMPT_NEED_RESCHED;
}

/*
 * The various preempt_count add/sub methods
 */
static __always_inline void __preempt_count_add(int val)
{
	__preempt_count += val;
}

static __always_inline void __preempt_count_sub(int val)
{
	__preempt_count -= val;
}

/*
 * Because we keep PREEMPT_NEED_RESCHED set when we do _not_ need to reschedule
 * a decrement which hits zero means we have no preempt_count and should
 * reschedule.
 */
static __always_inline bool __preempt_count_dec_and_test(void)
{
	return --__preempt_count == 0;
}

extern void preempt_schedule(void);
extern void preempt_schedule_notrace(void);
#define __preempt_schedule() preempt_schedule()
#define __preempt_schedule_notrace() preempt_schedule_notrace()

#endif /* __ASM_PREEMPT_H */
