/* SPDX-License-Identifier: GPL-2.0 */
/* Modelled on Linux 6.1 arch/x86/include/asm/tlb.h. */
#ifndef _ASM_X86_TLB_H
#define _ASM_X86_TLB_H

#include <asm/pgalloc.h>
#include <asm-generic/tlb.h>

#endif /* _ASM_X86_TLB_H */
