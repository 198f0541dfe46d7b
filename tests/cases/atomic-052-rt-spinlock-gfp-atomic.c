// SPDX-License-Identifier: GPL-2.0
/* pgcheck-rt */
/*
 * GFP_ATOMIC under a spinlock_t in PREEMPT_RT mode.  On RT a spinlock_t is
 * a sleeping rtmutex, so a GFP_ATOMIC allocation under it is allowed.
 *
 * Expectation: clean in RT mode.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(cfg_lock);
static void *cfg_shadow;

void cfg_snapshot(void);
void cfg_snapshot(void)
{
	spin_lock(&cfg_lock);
	if (!cfg_shadow)
		cfg_shadow = kmalloc(256, GFP_ATOMIC);
	spin_unlock(&cfg_lock);
}
