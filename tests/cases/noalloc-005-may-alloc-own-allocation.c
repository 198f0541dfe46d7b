// SPDX-License-Identifier: GPL-2.0
/*
 * A function annotated __pgcheck_may_alloc (its callers must allow an
 * allocation) allocates a scratch page; it is called from an ordinary
 * function.
 *
 * Expectation: clean.  A may-alloc function's own allocation is its
 * contract, and nothing here must not allocate.
 */
#include <linux/mm.h>
#include <pgcheck/annotations.h>

static unsigned long __pgcheck_may_alloc get_scratch(void)
{
	return __get_free_page(GFP_KERNEL);
}

int remap_prepare(unsigned long *scratch);
int remap_prepare(unsigned long *scratch)
{
	*scratch = get_scratch();
	return *scratch ? 0 : -ENOMEM;
}
