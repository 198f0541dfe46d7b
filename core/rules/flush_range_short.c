// SPDX-License-Identifier: GPL-2.0
/*
 * flush-range-short: the flush between clearing a P?D entry and freeing the
 * table below it covers less than the span that entry mapped.  The flush
 * facts mark an entry when a computable range shorter than its level's
 * span flushed it; this rule reports at that flush once the table below the
 * entry is freed (a short flush of a leaf entry frees nothing and is not
 * this bug).
 */
#include "analysis.h"

static void report(const struct pgc_site *s, struct pgc_free_fact f)
{
	const struct pgc_fctx *fx = s->fx;
	const struct pgc_vocab *v = s->an->vocab;
	struct pgc_finding *r;
	int sf, level, clear_ev;
	const char *span;

	if (f.verdict == PGC_FREE_NOT_TABLE || f.verdict == PGC_FREE_PARAM ||
	    f.entry < 0)
		return;
	sf = pgc_entry_short_flush(s->st, fx, f.entry);
	if (sf < 0)
		return;
	level = pgc_entry_level(s->st, fx, f.entry);
	span = level >= 0 && v->spans[level][0] ? v->spans[level][0] : "its span";
	r = pgc_report(s, PGC_RULE_FLUSH_RANGE_SHORT, fx->evs[sf].ev->pos,
		       "TLB flush range is shorter than the %s entry's span (%s) whose table is freed",
		       level >= 0 ? pgc_level_names[level] : "cleared", span);
	clear_ev = pgc_entry_clear_ev(s->st, fx, f.entry);
	if (clear_ev >= 0)
		pgc_add_note(s, r, fx->evs[clear_ev].ev->pos, "entry cleared here");
	pgc_add_note(s, r, s->info->ev->pos, "table below it freed here");
}

static void check(const struct pgc_site *s)
{
	const struct pgc_event *ev = s->info->ev;
	const struct pgc_ventry *ve = s->info->ci.ve;
	const struct pgc_summary *sum = s->info->ci.sum;
	unsigned int n;

	if (ev->kind != PGC_EV_CALL)
		return;
	if (ve && ve->cat == PGC_CAT_FREE && (unsigned int)ve->arg <= ev->nargs) {
		report(s, pgc_free_fact_value(s->fx, s->st, ev->args[ve->arg - 1]));
		return;
	}
	if (ve || !sum)
		return;
	for (n = 0; n < ev->nargs && n < PGC_MAXP; n++) {
		if (sum->frees_param & (1u << n))
			report(s, pgc_free_fact_value(s->fx, s->st, ev->args[n]));
	}
}

const struct pgc_rule_def pgc_rule_flush_range_short = {
	.id = PGC_RULE_FLUSH_RANGE_SHORT,
	.check = check,
};
