/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Modelled on Linux 6.1 include/linux/highmem.h and highmem-internal.h,
 * !CONFIG_HIGHMEM, !CONFIG_PREEMPT_RT: kmap_atomic() disables preemption
 * and page faults.
 */
#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H

#include <linux/mm.h>
#include <linux/preempt.h>
#include <linux/uaccess.h>
#include <linux/cacheflush.h>

static inline void *kmap(struct page *page)
{
	return page_address(page);
}

static inline void kunmap(struct page *page)
{
}

static inline void *kmap_atomic(struct page *page)
{
	preempt_disable();
	pagefault_disable();
	return page_address(page);
}

static inline void __kunmap_atomic(void *addr)
{
	pagefault_enable();
	preempt_enable();
}

#define kunmap_atomic(__addr)					\
do {								\
	_Static_assert(!__builtin_types_compatible_p(		\
		__typeof__(__addr), struct page *),		\
		"kunmap_atomic() takes the address");		\
	__kunmap_atomic(__addr);				\
} while (0)

static inline void clear_highpage(struct page *page)
{
	void *kaddr = kmap_atomic(page);

	memset(kaddr, 0, PAGE_SIZE);
	kunmap_atomic(kaddr);
}

#endif /* _LINUX_HIGHMEM_H */
