/* SPDX-License-Identifier: GPL-2.0 */
/* Modelled on Linux 6.1 include/linux/spinlock_types{,_raw}.h, !PREEMPT_RT. */
#ifndef __LINUX_SPINLOCK_TYPES_H
#define __LINUX_SPINLOCK_TYPES_H

#include <linux/types.h>

typedef struct qspinlock {
	atomic_t val;
} arch_spinlock_t;

typedef struct qrwlock {
	atomic_t cnts;
	arch_spinlock_t wait_lock;
} arch_rwlock_t;

typedef struct raw_spinlock {
	arch_spinlock_t raw_lock;
} raw_spinlock_t;

typedef struct spinlock {
	union {
		struct raw_spinlock rlock;
	};
} spinlock_t;

typedef struct {
	arch_rwlock_t raw_lock;
} rwlock_t;

#define __RAW_SPIN_LOCK_UNLOCKED(lockname)	\
	(raw_spinlock_t) { .raw_lock = { { 0 } } }
#define __SPIN_LOCK_UNLOCKED(lockname) \
	(spinlock_t) { { .rlock = { .raw_lock = { { 0 } } } } }
#define __RW_LOCK_UNLOCKED(lockname) \
	(rwlock_t) { .raw_lock = { { 0 }, { { 0 } } } }

#define DEFINE_RAW_SPINLOCK(x)	raw_spinlock_t x = __RAW_SPIN_LOCK_UNLOCKED(x)
#define DEFINE_SPINLOCK(x)	spinlock_t x = __SPIN_LOCK_UNLOCKED(x)
#define DEFINE_RWLOCK(x)	rwlock_t x = __RW_LOCK_UNLOCKED(x)

#endif /* __LINUX_SPINLOCK_TYPES_H */
