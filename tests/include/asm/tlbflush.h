/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Modelled on Linux 6.1 arch/x86/include/asm/tlbflush.h, plus arm64's
 * __flush_tlb_kernel_pgtable() (arch/arm64/include/asm/tlbflush.h), the
 * walk-cache flush arm64 uses before freeing a kernel page table.
 */
#ifndef _ASM_X86_TLBFLUSH_H
#define _ASM_X86_TLBFLUSH_H

#include <linux/mm_types.h>
#include <asm/page_types.h>
#include <asm/pgtable_types.h>

void __flush_tlb_all(void);

#define TLB_FLUSH_ALL	-1UL

void flush_tlb_local(void);
void flush_tlb_one_user(unsigned long addr);
void flush_tlb_one_kernel(unsigned long addr);

/*
 * TLB flushing:
 *
 *  - flush_tlb_all() flushes all processes TLBs
 *  - flush_tlb_mm(mm) flushes the specified mm context TLB's
 *  - flush_tlb_page(vma, vmaddr) flushes one page
 *  - flush_tlb_range(vma, start, end) flushes a range of pages
 *  - flush_tlb_kernel_range(start, end) flushes a range of kernel pages
 */
#define flush_tlb_mm(mm)						\
		flush_tlb_mm_range(mm, 0UL, TLB_FLUSH_ALL, 0UL, true)

/* 6.1 takes the stride from the hstate of a hugetlb vma. */
#define flush_tlb_range(vma, start, end)				\
	flush_tlb_mm_range((vma)->vm_mm, start, end,			\
			   ((vma)->vm_flags & VM_HUGETLB)		\
				? PMD_SHIFT				\
				: PAGE_SHIFT, false)

extern void flush_tlb_all(void);
extern void flush_tlb_mm_range(struct mm_struct *mm, unsigned long start,
				unsigned long end, unsigned int stride_shift,
				bool freed_tables);
extern void flush_tlb_kernel_range(unsigned long start, unsigned long end);

static inline void flush_tlb_page(struct vm_area_struct *vma, unsigned long a)
{
	flush_tlb_mm_range(vma->vm_mm, a, a + PAGE_SIZE, PAGE_SHIFT, false);
}

#define flush_pmd_tlb_range(vma, addr, end)				\
	flush_tlb_mm_range((vma)->vm_mm, addr, end, PMD_SHIFT, false)
#define flush_pud_tlb_range(vma, addr, end)				\
	flush_tlb_mm_range((vma)->vm_mm, addr, end, PUD_SHIFT, false)

/* arm64: barriers and TLBI as the arch header spells them. */
#define isb()		asm volatile("isb" : : : "memory")
#define dsb(opt)	asm volatile("dsb " #opt : : : "memory")
#define __tlbi(op, arg)	asm volatile("tlbi " #op ", %0" : : "r" (arg))

#define __TLBI_VADDR(addr, asid)				\
	({							\
		unsigned long __ta = (addr) >> 12;		\
		__ta &= 0xfffffffffffUL;			\
		__ta |= (unsigned long)(asid) << 48;		\
		__ta;						\
	})

/*
 * Used to invalidate the TLB (walk caches) corresponding to intermediate page
 * table levels (pgd/pud/pmd).
 */
static inline void __flush_tlb_kernel_pgtable(unsigned long kaddr)
{
	unsigned long addr = __TLBI_VADDR(kaddr, 0);

	dsb(ishst);
	__tlbi(vaae1is, addr);
	dsb(ish);
	isb();
}

#endif /* _ASM_X86_TLBFLUSH_H */
