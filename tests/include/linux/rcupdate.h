/* SPDX-License-Identifier: GPL-2.0+ */
/* Modelled on Linux 6.1 include/linux/rcupdate.h, CONFIG_PREEMPT_RCU=y. */
#ifndef __LINUX_RCUPDATE_H
#define __LINUX_RCUPDATE_H

#include <linux/types.h>
#include <linux/preempt.h>
#include <linux/bottom_half.h>
#include <linux/cleanup.h>

struct rcu_head {
	struct rcu_head *next;
	void (*func)(struct rcu_head *head);
};
typedef void (*rcu_callback_t)(struct rcu_head *head);

void call_rcu(struct rcu_head *head, rcu_callback_t func);
void synchronize_rcu(void);

void __rcu_read_lock(void);
void __rcu_read_unlock(void);

#define rcu_dereference(p)	READ_ONCE(p)
#define rcu_assign_pointer(p, v) WRITE_ONCE(p, v)

static __always_inline void rcu_read_lock(void)
{
	__rcu_read_lock();
	__acquire(RCU);
}

static inline void rcu_read_unlock(void)
{
	__release(RCU);
	__rcu_read_unlock();
}

static inline void rcu_read_lock_bh(void)
{
	local_bh_disable();
	__acquire(RCU_BH);
}

static inline void rcu_read_unlock_bh(void)
{
	__release(RCU_BH);
	local_bh_enable();
}

static inline void rcu_read_lock_sched(void)
{
	preempt_disable();
	__acquire(RCU_SCHED);
}

static inline void rcu_read_unlock_sched(void)
{
	__release(RCU_SCHED);
	preempt_enable();
}

/* Guard, as Linux 6.5 defines it. */
DEFINE_LOCK_GUARD_0(rcu, rcu_read_lock(), rcu_read_unlock())

#endif /* __LINUX_RCUPDATE_H */
