/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Spinlocks with the layering of include/linux/spinlock.h in 6.1:
 * spin_lock() is an inline over the raw_spin_lock() macro, which calls
 * _raw_spin_lock().  Taking one enters atomic context (preempt count).
 */
#ifndef __LINUX_SPINLOCK_H
#define __LINUX_SPINLOCK_H

#include <linux/compiler.h>

typedef struct raw_spinlock {
	volatile unsigned int locked;
	int owner_cpu;
} raw_spinlock_t;

typedef struct spinlock {
	struct raw_spinlock rlock;
} spinlock_t;

#define __RAW_SPIN_LOCK_UNLOCKED(name)	{ .locked = 0, .owner_cpu = -1 }
#define __SPIN_LOCK_UNLOCKED(name)	{ .rlock = __RAW_SPIN_LOCK_UNLOCKED(name) }

void _raw_spin_lock(raw_spinlock_t *lock);
void _raw_spin_unlock(raw_spinlock_t *lock);

#define raw_spin_lock(lock)	_raw_spin_lock(lock)
#define raw_spin_unlock(lock)	_raw_spin_unlock(lock)

static __always_inline void spin_lock(spinlock_t *lock)
{
	raw_spin_lock(&lock->rlock);
}

static __always_inline void spin_unlock(spinlock_t *lock)
{
	raw_spin_unlock(&lock->rlock);
}

#endif /* __LINUX_SPINLOCK_H */
