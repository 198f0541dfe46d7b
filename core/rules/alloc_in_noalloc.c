// SPDX-License-Identifier: GPL-2.0
/*
 * alloc-in-noalloc: an allocation, or a call to a function that may
 * allocate (or whose contract lets it allocate), inside a function that
 * must not allocate (__pgcheck_noalloc, or "noalloc NAME" in the table or
 * the user config).
 */
#include "analysis.h"

struct seen {
	const struct pgc_site *s;
	int reported;
};

static void on_alloc(const struct pgc_alloc_obs *o, void *ctx)
{
	struct seen *seen = ctx;
	const struct pgc_site *s = seen->s;
	const struct pgc_event *ev = s->info->ev;
	struct pgc_finding *r;

	if (seen->reported++)
		return;
	if (o->how == PGC_ALLOC_DIRECT) {
		pgc_report(s, PGC_RULE_ALLOC_IN_NOALLOC, ev->pos,
			   "allocation in %s, which must not allocate",
			   s->fx->fn->name);
		return;
	}
	r = pgc_report(s, PGC_RULE_ALLOC_IN_NOALLOC, ev->pos,
		       "call to %s, which may allocate, in %s, which must not allocate",
		       pgc_callee_name(ev), s->fx->fn->name);
	pgc_add_note(s, r, o->site, "allocation here (%s)", o->chain);
}

static void check(const struct pgc_site *s)
{
	struct seen seen = { s, 0 };
	const struct pgc_evinfo *ei = s->info;

	if (ei->ev->kind != PGC_EV_CALL ||
	    !(pgc_func_attrs(s->an, s->fx->fn) & PGC_FN_NOALLOC))
		return;
	pgc_alloc_observe(s->fx, s->st, s->ev, on_alloc, &seen);
	if (!seen.reported && (ei->ci.contract & PGC_FN_MAY_ALLOC))
		pgc_report(s, PGC_RULE_ALLOC_IN_NOALLOC, ei->ev->pos,
			   "call to %s, whose callers must allow an allocation, in %s, which must not allocate",
			   pgc_callee_name(ei->ev), s->fx->fn->name);
}

const struct pgc_rule_def pgc_rule_alloc_in_noalloc = {
	.id = PGC_RULE_ALLOC_IN_NOALLOC,
	.check = check,
};
