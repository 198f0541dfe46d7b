/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel TLB flushes, broadcast to every CPU (arch/x86/mm/tlb.c).
 * flush_tlb_kernel_range() does one INVLPG per page up to a ceiling of
 * 33 pages, a full flush above it.
 */
#ifndef _ASM_X86_TLBFLUSH_H
#define _ASM_X86_TLBFLUSH_H

#define TLB_FLUSH_ALL	-1UL

void flush_tlb_kernel_range(unsigned long start, unsigned long end);
void flush_tlb_all(void);

#endif /* _ASM_X86_TLBFLUSH_H */
