/* SPDX-License-Identifier: GPL-2.0 */
/* x86 caches are coherent: these are no-ops (asm-generic/cacheflush.h). */
#ifndef _ASM_X86_CACHEFLUSH_H
#define _ASM_X86_CACHEFLUSH_H

static inline void flush_cache_vmap(unsigned long start, unsigned long end)
{
}

static inline void flush_cache_vunmap(unsigned long start, unsigned long end)
{
}

#endif /* _ASM_X86_CACHEFLUSH_H */
