// SPDX-License-Identifier: GPL-2.0
/*
 * pgtable-free-unflushed: a page-table page reachable from an entry is
 * freed while the entry may be live, or cleared but not yet flushed, on
 * some path.  Reported at the free, or at the call to a helper that frees
 * it (where the entry's state is known).  An entry never cleared in the
 * function is live, whether found by a walk or passed in.
 */
#include "analysis.h"

static void report(const struct pgc_site *s, struct pgc_free_fact f,
		   const char *via, struct pgc_pos via_pos)
{
	const struct pgc_event *ev = s->info->ev;
	struct pgc_finding *r;
	int clear_ev;

	if (f.verdict != PGC_FREE_LIVE && f.verdict != PGC_FREE_UNFLUSHED)
		return;
	if (f.verdict == PGC_FREE_LIVE)
		r = pgc_report(s, PGC_RULE_PGTABLE_FREE_UNFLUSHED, ev->pos,
			       "page-table page freed while the entry pointing to it may still be live (not cleared)");
	else
		r = pgc_report(s, PGC_RULE_PGTABLE_FREE_UNFLUSHED, ev->pos,
			       "page-table page freed after its entry was cleared but before the TLB was flushed");
	clear_ev = f.clear_ev;
	if (f.verdict == PGC_FREE_UNFLUSHED && clear_ev >= 0)
		pgc_add_note(s, r, s->fx->evs[clear_ev].ev->pos,
			     "entry cleared here; no TLB flush follows before the free");
	if (via)
		pgc_add_note(s, r, via_pos, "freed by %s here", via);
}

static void check(const struct pgc_site *s)
{
	const struct pgc_evinfo *ei = s->info;
	const struct pgc_event *ev = ei->ev;
	const struct pgc_ventry *ve = ei->ci.ve;
	const struct pgc_summary *sum = ei->ci.sum;
	unsigned int n;

	if (ev->kind != PGC_EV_CALL)
		return;
	if (ve && ve->cat == PGC_CAT_FREE && (unsigned int)ve->arg <= ev->nargs) {
		report(s, pgc_free_fact_value(s->fx, s->st, ev->args[ve->arg - 1]),
		       NULL, ev->pos);
		return;
	}
	if (ve || !sum)
		return;
	for (n = 0; n < ev->nargs && n < PGC_MAXP; n++) {
		const char *name = pgc_callee_name(ev);

		if (sum->frees_param & (1u << n))
			report(s, pgc_free_fact_value(s->fx, s->st, ev->args[n]),
			       name, sum->free_pos);
	}
}

const struct pgc_rule_def pgc_rule_pgtable_free_unflushed = {
	.id = PGC_RULE_PGTABLE_FREE_UNFLUSHED,
	.check = check,
};
