// SPDX-License-Identifier: GPL-2.0
/* A function the user's config (noalloc.vocab) says must not allocate,
 * and one annotated in the source. */
#include <linux/slab.h>
#include <pgcheck/annotations.h>

void *teardown_helper(void)
{
	return kmalloc(64, GFP_ATOMIC);	/* FINDING(config): alloc-in-noalloc */
}

void *__pgcheck_noalloc annotated_helper(void)
{
	return kmalloc(32, GFP_ATOMIC);	/* FINDING: alloc-in-noalloc */
}
