/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Modelled on Linux 6.1 arch/x86/include/asm/page.h, page_64.h and
 * asm-generic/memory_model.h (SPARSEMEM_VMEMMAP, !DEBUG_VIRTUAL): the
 * address <-> page conversions are macros and inlines over arithmetic.
 */
#ifndef _ASM_X86_PAGE_H
#define _ASM_X86_PAGE_H

#include <linux/types.h>
#include <asm/page_types.h>

struct page;

extern unsigned long phys_base;
extern struct page *vmemmap;

static __always_inline unsigned long __phys_addr_nodebug(unsigned long x)
{
	unsigned long y = x - __START_KERNEL_map;

	/* use the carry flag to determine if x was < __START_KERNEL_map */
	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));

	return x;
}

#define __phys_addr(x)		__phys_addr_nodebug(x)
#define __pa(x)		__phys_addr((unsigned long)(x))
#define __va(x)			((void *)((unsigned long)(x)+PAGE_OFFSET))

#define __pfn_to_page(pfn)	(vmemmap + (pfn))
#define __page_to_pfn(page)	(unsigned long)((page) - vmemmap)
#define page_to_pfn __page_to_pfn
#define pfn_to_page __pfn_to_page

#define virt_to_page(kaddr)	pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)
#define page_to_virt(x)	__va(PFN_PHYS(page_to_pfn(x)))
#define page_to_phys(page)	PFN_PHYS(page_to_pfn(page))

#endif /* _ASM_X86_PAGE_H */
