/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Modelled on Linux 6.1 include/asm-generic/cacheflush.h, which x86 uses:
 * data/instruction cache maintenance, all no-ops on x86.  None of these
 * invalidates a TLB or a paging-structure cache.
 */
#ifndef _LINUX_CACHEFLUSH_H
#define _LINUX_CACHEFLUSH_H

#include <linux/mm_types.h>

static inline void flush_cache_all(void)
{
}

static inline void flush_cache_mm(struct mm_struct *mm)
{
}

static inline void flush_cache_range(struct vm_area_struct *vma,
				     unsigned long start,
				     unsigned long end)
{
}

static inline void flush_dcache_page(struct page *page)
{
}

static inline void flush_icache_range(unsigned long start, unsigned long end)
{
}

static inline void flush_cache_vmap(unsigned long start, unsigned long end)
{
}

static inline void flush_cache_vunmap(unsigned long start, unsigned long end)
{
}

#endif /* _LINUX_CACHEFLUSH_H */
