// SPDX-License-Identifier: GPL-2.0
/*
 * kernel/kcsan/debugfs.c insert_report_filterlist() before upstream "kcsan:
 * Use GFP_ATOMIC under spin lock" (2020): the initial kmalloc_array() and
 * the krealloc() that grows the list both used GFP_KERNEL under
 * spin_lock_irqsave().
 *
 * Expectation: both allocations are reported.
 */
#include <linux/slab.h>
#include <linux/spinlock.h>

static struct {
	unsigned long	*addrs;		/* array of addresses */
	size_t		size;		/* current size */
	int		used;		/* number of elements used */
	bool		sorted;		/* if elements are sorted */
	bool		whitelist;	/* if list is a blacklist or whitelist */
} report_filterlist = {
	.addrs		= NULL,
	.size		= 8,		/* small initial size */
	.used		= 0,
	.sorted		= false,
	.whitelist	= false,	/* default is blacklist */
};
static DEFINE_SPINLOCK(report_filterlist_lock);

extern unsigned long kallsyms_lookup_name(const char *name);

ssize_t insert_report_filterlist(const char *func);
ssize_t insert_report_filterlist(const char *func)
{
	unsigned long flags;
	unsigned long addr = kallsyms_lookup_name(func);
	ssize_t ret = 0;

	if (!addr) {
		pr_err("could not find function: '%s'\n", func);
		return -ENOENT;
	}

	spin_lock_irqsave(&report_filterlist_lock, flags);

	if (report_filterlist.addrs == NULL) {
		/* initial allocation */
		report_filterlist.addrs =
			kmalloc_array(report_filterlist.size, sizeof(unsigned long), GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */
		if (report_filterlist.addrs == NULL) {
			ret = -ENOMEM;
			goto out;
		}
	} else if (report_filterlist.used == report_filterlist.size) {
		/* resize filterlist */
		size_t new_size = report_filterlist.size * 2;
		unsigned long *new_addrs =
			krealloc(report_filterlist.addrs, new_size * sizeof(unsigned long), GFP_KERNEL);	/* expect: sleeping-alloc-in-atomic */

		if (new_addrs == NULL) {
			/* leave filterlist itself untouched */
			ret = -ENOMEM;
			goto out;
		}

		report_filterlist.size = new_size;
		report_filterlist.addrs = new_addrs;
	}

	/* Note: deduplicating should be done in userspace. */
	report_filterlist.addrs[report_filterlist.used++] = addr;
	report_filterlist.sorted = false;

out:
	spin_unlock_irqrestore(&report_filterlist_lock, flags);

	return ret;
}
