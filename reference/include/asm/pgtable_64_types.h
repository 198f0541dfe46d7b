/* SPDX-License-Identifier: GPL-2.0 */
/* 4-level paging geometry (arch/x86/include/asm/pgtable_64_types.h). */
#ifndef _ASM_X86_PGTABLE_64_TYPES_H
#define _ASM_X86_PGTABLE_64_TYPES_H

#include <asm/page.h>

#define PGDIR_SHIFT	39
#define PTRS_PER_PGD	512
#define PUD_SHIFT	30
#define PTRS_PER_PUD	512
#define PMD_SHIFT	21
#define PTRS_PER_PMD	512
#define PTRS_PER_PTE	512

#define PMD_SIZE	(1UL << PMD_SHIFT)
#define PMD_MASK	(~(PMD_SIZE - 1))
#define PUD_SIZE	(1UL << PUD_SHIFT)
#define PUD_MASK	(~(PUD_SIZE - 1))
#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)
#define PGDIR_MASK	(~(PGDIR_SIZE - 1))

/* The p4d level is folded into the pgd (asm-generic/pgtable-nop4d.h). */
#define P4D_SHIFT	PGDIR_SHIFT
#define PTRS_PER_P4D	1
#define P4D_SIZE	(1UL << P4D_SHIFT)
#define P4D_MASK	(~(P4D_SIZE - 1))

#define VMALLOC_START	0xffffc90000000000UL
#define VMALLOC_SIZE_TB	32UL
#define VMALLOC_END	(VMALLOC_START + (VMALLOC_SIZE_TB << 40) - 1)

#endif /* _ASM_X86_PGTABLE_64_TYPES_H */
