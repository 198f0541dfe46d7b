// SPDX-License-Identifier: GPL-2.0
/*
 * insert_report_filterlist() after "kcsan: Use GFP_ATOMIC under spin lock"
 * (2020): the same allocations with GFP_ATOMIC.
 *
 * Expectation: clean (not under PREEMPT_RT: the lock is a spinlock_t).
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

static struct {
	unsigned long	*addrs;		/* array of addresses */
	size_t		size;		/* current size */
	int		used;		/* number of elements used */
	bool		sorted;		/* if elements are sorted */
} report_filterlist = {
	.addrs		= NULL,
	.size		= 8,		/* small initial size */
	.used		= 0,
	.sorted		= false,
};
static DEFINE_SPINLOCK(report_filterlist_lock);

ssize_t insert_report_filterlist(unsigned long addr);
ssize_t insert_report_filterlist(unsigned long addr)
{
	unsigned long flags;
	ssize_t ret = 0;

	spin_lock_irqsave(&report_filterlist_lock, flags);

	if (report_filterlist.addrs == NULL) {
		/* initial allocation */
		report_filterlist.addrs =
			kmalloc_array(report_filterlist.size, sizeof(unsigned long), GFP_ATOMIC);
		if (report_filterlist.addrs == NULL) {
			ret = -ENOMEM;
			goto out;
		}
	} else if (report_filterlist.used == report_filterlist.size) {
		/* resize filterlist */
		size_t new_size = report_filterlist.size * 2;
		unsigned long *new_addrs =
			krealloc(report_filterlist.addrs, new_size * sizeof(unsigned long), GFP_ATOMIC);

		if (new_addrs == NULL) {
			/* leave filterlist itself untouched */
			ret = -ENOMEM;
			goto out;
		}

		report_filterlist.size = new_size;
		report_filterlist.addrs = new_addrs;
	}

	report_filterlist.addrs[report_filterlist.used++] = addr;
	report_filterlist.sorted = false;

out:
	spin_unlock_irqrestore(&report_filterlist_lock, flags);

	return ret;
}
