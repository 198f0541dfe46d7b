/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pgcheck function annotations.
 *
 *   __pgcheck_noalloc    the function must not allocate, directly or
 *                        through anything it calls;
 *   __pgcheck_may_alloc  callers must allow an allocation (the contract of
 *                        x86 pud_free_pmd_page()); the function itself is
 *                        not an alloc-in-noalloc violation, calls to it from
 *                        a no-alloc context are.
 *
 * Put the annotation before the declarator, e.g.
 *	static int __pgcheck_noalloc free_table(pmd_t *pmd);
 * It compiles to nothing for gcc.  Each engine sees it its own way:
 *   - clang: an annotate attribute on the function declaration;
 *   - sparse (__CHECKER__): sparse drops unknown attributes but keeps
 *     context attributes, so the marker is a context with no effect on
 *     sparse's own lock checking (in == out == 0);
 *   - Coccinelle sees the macro token as written.
 */
#ifndef _PGCHECK_ANNOTATIONS_H
#define _PGCHECK_ANNOTATIONS_H

#if defined(__CHECKER__)
# define __pgcheck_noalloc	__attribute__((context(pgcheck_noalloc, 0, 0)))
# define __pgcheck_may_alloc	__attribute__((context(pgcheck_may_alloc, 0, 0)))
#elif defined(__clang__)
# define __pgcheck_noalloc	__attribute__((annotate("pgcheck_noalloc")))
# define __pgcheck_may_alloc	__attribute__((annotate("pgcheck_may_alloc")))
#else
# define __pgcheck_noalloc
# define __pgcheck_may_alloc
#endif

#endif /* _PGCHECK_ANNOTATIONS_H */
