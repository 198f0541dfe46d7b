/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Page size and the direct map (arch/x86/include/asm/page_64*.h).  As on
 * x86 with KASLR, PAGE_OFFSET is a variable: in the model it is where the
 * simulated physical memory is mapped in the simulator's address space.
 */
#ifndef _ASM_X86_PAGE_H
#define _ASM_X86_PAGE_H

#define PAGE_SHIFT		12
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#define PAGE_MASK		(~(PAGE_SIZE - 1))

#define __PHYSICAL_MASK_SHIFT	52
#define __PHYSICAL_MASK		((1UL << __PHYSICAL_MASK_SHIFT) - 1)
#define PHYSICAL_PAGE_MASK	(((signed long)PAGE_MASK) & __PHYSICAL_MASK)

extern unsigned long page_offset_base;
#define __PAGE_OFFSET		page_offset_base
#define PAGE_OFFSET		((unsigned long)__PAGE_OFFSET)

#define __pa(x)		((unsigned long)(x) - PAGE_OFFSET)
#define __va(x)		((void *)((unsigned long)(x) + PAGE_OFFSET))

#define PFN_PHYS(x)	((phys_addr_t)(x) << PAGE_SHIFT)
#define PHYS_PFN(x)	((unsigned long)((x) >> PAGE_SHIFT))

#endif /* _ASM_X86_PAGE_H */
