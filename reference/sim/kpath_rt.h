/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Forced include (-include) for the simulator build of reference/mm only.
 * It stands in for <pgcheck/annotations.h>, which compiles the annotations
 * to nothing for gcc, and gives __pgcheck_noalloc a run-time meaning: the
 * function goes to a section sim/noalloc.c watches.  The engines never see
 * this file; they analyse the sources with the real annotations.h.
 */
#ifndef _PGCHECK_ANNOTATIONS_H
#define _PGCHECK_ANNOTATIONS_H

#define __pgcheck_noalloc \
	__attribute__((__section__("pgcheck_noalloc_text"), __noinline__))
#define __pgcheck_may_alloc

#endif /* _PGCHECK_ANNOTATIONS_H */
