// SPDX-License-Identifier: GPL-2.0
/*
 * pgtable-free-unflushed: a page-table page reachable from an entry is
 * freed while the entry may be live, or cleared but not yet flushed, on
 * some path.  Reported at the free, or at the call to a helper that frees
 * it (where the entry's state is known), or - when a function frees the
 * table below its caller's entry and clears that entry only afterwards -
 * at the free, with the late clear as a note.
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
			       "page-table page %sfreed while the entry pointing to it may still be live (not cleared)",
			       via ? "" : "");
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

static void report_late_clear(const struct pgc_site *s, int free_ev)
{
	struct pgc_finding *r;

	r = pgc_report(s, PGC_RULE_PGTABLE_FREE_UNFLUSHED,
		       s->fx->evs[free_ev].ev->pos,
		       "page-table page freed before the entry pointing to it is cleared");
	pgc_add_note(s, r, s->info->ev->pos, "entry cleared only here, after the free");
}

static void check(const struct pgc_site *s)
{
	const struct pgc_evinfo *ei = s->info;
	const struct pgc_event *ev = ei->ev;
	const struct pgc_ventry *ve = ei->ci.ve;
	const struct pgc_summary *sum = ei->ci.sum;
	int pend = -1, sf = -1, entry;
	unsigned int n;

	if (ev->kind != PGC_EV_CALL)
		return;
	if (ve && ve->cat == PGC_CAT_FREE && (unsigned int)ve->arg <= ev->nargs) {
		report(s, pgc_free_fact_value(s->fx, s->st, ev->args[ve->arg - 1]),
		       NULL, ev->pos);
		return;
	}
	if (ve) {
		entry = pgc_cleared_entry(s->fx, s->st, s->ev, &pend, &sf);
		if (entry >= 0 && pend >= 0)
			report_late_clear(s, pend);
		return;
	}
	if (!sum)
		return;
	for (n = 0; n < ev->nargs && n < PGC_MAXP; n++) {
		const char *name = pgc_callee_name(ev);

		if (sum->frees_param & (1u << n))
			report(s, pgc_free_fact_value(s->fx, s->st, ev->args[n]),
			       name, sum->free_pos);
		if (sum->frees_param_entry & (1u << n))
			report(s, pgc_free_fact_entry_ptr(s->fx, s->st,
							  ev->args[n]),
			       name, sum->free_pos);
		if (sum->clears_param_entry & (1u << n)) {
			struct pgc_free_fact f;

			entry = pgc_resolve_entry_ptr(s->fx, s->st, ev->args[n]);
			f = pgc_free_fact_entry_ptr(s->fx, s->st, ev->args[n]);
			pend = pgc_entry_pending_free(s->st, s->fx, entry);
			if (pend >= 0)
				report_late_clear(s, pend);
			(void)f;
		}
	}
}

const struct pgc_rule_def pgc_rule_pgtable_free_unflushed = {
	.id = PGC_RULE_PGTABLE_FREE_UNFLUSHED,
	.check = check,
};
