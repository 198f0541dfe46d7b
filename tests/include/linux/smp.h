/* SPDX-License-Identifier: GPL-2.0 */
/* Modelled on Linux 6.1 include/linux/smp.h (get_cpu/put_cpu). */
#ifndef __LINUX_SMP_H
#define __LINUX_SMP_H

#include <linux/preempt.h>

/* x86 reads this per-CPU variable through %gs; a plain variable here. */
extern int cpu_number;

#define raw_smp_processor_id()	(cpu_number)
#define __smp_processor_id()	(cpu_number)
#define smp_processor_id()	__smp_processor_id()

#define get_cpu()		({ preempt_disable(); __smp_processor_id(); })
#define put_cpu()		preempt_enable()

#endif /* __LINUX_SMP_H */
