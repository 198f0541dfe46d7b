/* SPDX-License-Identifier: GPL-2.0 */
/* Modelled on Linux 6.1 include/linux/mm_types.h (the fields cases use). */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/types.h>
#include <linux/spinlock_types.h>
#include <asm/pgtable_types.h>

struct page {
	unsigned long flags;
	union {
		struct {
			struct list_head lru;
			void *mapping;
			pgoff_t index;
			unsigned long private;
		};
		struct {	/* Page table pages */
			unsigned long _pt_pad_1;	/* compound_head */
			unsigned long pmd_huge_pte;
			unsigned long _pt_pad_2;	/* mapping */
			union {
				struct mm_struct *pt_mm; /* x86 pgds only */
				atomic_t pt_frag_refcount; /* powerpc */
			};
			spinlock_t ptl;
		};
	};
	atomic_t _mapcount;
	atomic_t _refcount;
};

/*
 * struct ptdesc is Linux 6.6's name for a page used as a page table; it
 * overlays struct page.
 */
struct ptdesc {
	unsigned long __page_flags;
	union {
		struct list_head pt_list;
		struct {
			unsigned long _pt_pad_1;
			unsigned long pmd_huge_pte;
		};
	};
	unsigned long __page_mapping;
	union {
		struct mm_struct *pt_mm;
		atomic_t pt_frag_refcount;
	};
	spinlock_t ptl;
	unsigned int __page_type;
	atomic_t _refcount;
};

struct mm_struct {
	pgd_t *pgd;
	atomic_t mm_users;
	atomic_t mm_count;
	spinlock_t page_table_lock;	/* Protects page tables and some counters */
	unsigned long start_code, end_code;
};

struct vm_area_struct {
	unsigned long vm_start;		/* Our start address within vm_mm. */
	unsigned long vm_end;		/* The first byte after our end address */
	struct mm_struct *vm_mm;	/* The address space we belong to. */
	pgprot_t vm_page_prot;
	unsigned long vm_flags;
};

extern struct mm_struct init_mm;

#endif /* _LINUX_MM_TYPES_H */
