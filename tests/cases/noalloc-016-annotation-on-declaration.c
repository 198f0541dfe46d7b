// SPDX-License-Identifier: GPL-2.0
/*
 * The no-alloc annotation is on the forward declaration (as it would be in
 * a header); the definition further down repeats only the signature.
 *
 * Expectation: alloc-in-noalloc at the allocation; the annotation applies
 * to the function whichever declaration carries it.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/pgalloc.h>
#include <pgcheck/annotations.h>

struct table_owner {
	pmd_t *pmd;
	void *note;
};

static int __pgcheck_noalloc owner_release(struct table_owner *o);

int owner_put(struct table_owner *o);
int owner_put(struct table_owner *o)
{
	return owner_release(o);
}

static int owner_release(struct table_owner *o)
{
	o->note = kzalloc(16, GFP_ATOMIC);	/* expect: alloc-in-noalloc */
	return o->note ? 0 : -ENOMEM;
}
