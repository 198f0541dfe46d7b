// SPDX-License-Identifier: GPL-2.0
/*
 * might_alloc() declares an allocation even when the fast path does not
 * allocate; inside a no-alloc function that is already a violation.
 *
 * Expectation: alloc-in-noalloc at might_alloc().
 */
#include <linux/mm.h>
#include <linux/sched/mm.h>
#include <pgcheck/annotations.h>

extern void *table_cache_pop(void);

__pgcheck_noalloc void *get_cached_table(void);
__pgcheck_noalloc void *get_cached_table(void)
{
	might_alloc(GFP_NOWAIT);	/* expect: alloc-in-noalloc */
	return table_cache_pop();
}
