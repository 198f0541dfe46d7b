/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <linux/spinlock.h>
#include <asm/pgtable_types.h>

/* One per physical frame, in the vmemmap array. */
struct page {
	unsigned long flags;
	unsigned long private;
};

struct mm_struct {
	pgd_t *pgd;
	spinlock_t page_table_lock;	/* protects the kernel page tables */
};

extern struct mm_struct init_mm;

#endif /* _LINUX_MM_TYPES_H */
