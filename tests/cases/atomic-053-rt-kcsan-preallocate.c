// SPDX-License-Identifier: GPL-2.0
/* pgcheck-rt */
/*
 * kernel/kcsan/debugfs.c insert_report_filterlist() as reworked in 2024
 * when report_filterlist_lock became a raw_spinlock_t: "Since the
 * report_filterlist_lock is a raw, cannot allocate under the lock."  The
 * list is allocated with GFP_KERNEL before the lock and the old one freed
 * after the unlock; when the check under the lock fails, it drops the lock
 * and retries.
 *
 * Expectation: clean, also in RT mode.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

static struct {
	unsigned long	*addrs;		/* array of addresses */
	size_t		size;		/* current size */
	int		used;		/* number of elements used */
	bool		sorted;		/* if elements are sorted */
} report_filterlist;
static DEFINE_RAW_SPINLOCK(report_filterlist_lock);

ssize_t insert_report_filterlist(unsigned long addr);
ssize_t insert_report_filterlist(unsigned long addr)
{
	unsigned long flags;
	unsigned long *delay_free = NULL;
	unsigned long *new_addrs = NULL;
	size_t new_size = 0;
	ssize_t ret = 0;

retry_alloc:
	/*
	 * Check if we need an allocation, and re-validate under the lock. Since
	 * the report_filterlist_lock is a raw, cannot allocate under the lock.
	 */
	if (data_race(report_filterlist.used == report_filterlist.size)) {
		new_size = (report_filterlist.size ?: 4) * 2;
		delay_free = new_addrs = kmalloc_array(new_size, sizeof(unsigned long), GFP_KERNEL);
		if (!new_addrs)
			return -ENOMEM;
	}

	raw_spin_lock_irqsave(&report_filterlist_lock, flags);
	if (report_filterlist.used == report_filterlist.size) {
		/* Check we pre-allocated enough, and retry if not. */
		if (report_filterlist.used >= new_size) {
			raw_spin_unlock_irqrestore(&report_filterlist_lock, flags);
			kfree(new_addrs); /* kfree(NULL) is safe */
			delay_free = new_addrs = NULL;
			goto retry_alloc;
		}

		if (report_filterlist.used)
			memcpy(new_addrs, report_filterlist.addrs, report_filterlist.used * sizeof(unsigned long));
		delay_free = report_filterlist.addrs; /* free the old list */
		report_filterlist.addrs = new_addrs;  /* switch to the new list */
		report_filterlist.size = new_size;
	}

	/* Note: deduplicating should be done in userspace. */
	report_filterlist.addrs[report_filterlist.used++] = addr;
	report_filterlist.sorted = false;

	raw_spin_unlock_irqrestore(&report_filterlist_lock, flags);

	kfree(delay_free);
	return ret;
}
