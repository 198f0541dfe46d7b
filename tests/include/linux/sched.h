/* SPDX-License-Identifier: GPL-2.0 */
/* The few task_struct fields the corpus headers touch. */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>

struct task_struct {
	unsigned int	flags;
	int		pagefault_disabled;
	struct mm_struct *mm;
};

/* x86 reads the per-CPU current_task through %gs; a plain variable here. */
extern struct task_struct *current_task;

static __always_inline struct task_struct *get_current(void)
{
	return current_task;
}

#define current get_current()

#endif /* _LINUX_SCHED_H */
