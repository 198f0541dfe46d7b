/* SPDX-License-Identifier: GPL-2.0 */
/* Huge vmap support with X86_FEATURE_GBPAGES and PSE (arch/x86). */
#ifndef _ASM_X86_VMALLOC_H
#define _ASM_X86_VMALLOC_H

#include <linux/types.h>
#include <asm/pgtable_types.h>

static inline bool arch_vmap_pud_supported(pgprot_t prot)
{
	return true;
}

static inline bool arch_vmap_pmd_supported(pgprot_t prot)
{
	return true;
}

#endif /* _ASM_X86_VMALLOC_H */
