// SPDX-License-Identifier: GPL-2.0
/*
 * Per-function summaries, from a function's fixpoint: what a call to it
 * does for its caller.  May allocate (which mask, or which parameter
 * carries it, at which depth relative to entry); frees parameter n, or the
 * table below *parameter n; leaves *parameter n cleared; flushes on every
 * path; changes the atomic depth.  analyze.c computes them bottom-up over
 * the call graph, iterating recursive cycles to a fixpoint.
 */
#include <string.h>

#include "analysis.h"

struct build {
	struct pgc_analysis *an;
	const struct pgc_fctx *fx;
	struct pgc_summary *sum;
	struct pgc_pos call_pos;	/* the event being observed */
	unsigned int nret;		/* return events seen */
	int ret_mixed;			/* one of them is not ret_value */
	int64_t ret_value;
};

static void max_depths(int8_t *dst, const int *depth, int first)
{
	int k;

	for (k = 0; k < PGC_NKINDS; k++) {
		int8_t d = pgc_clamp_depth(depth[k]);

		if (first || d > dst[k])
			dst[k] = d;
	}
}

/*
 * Merge an allocation's depth as a function of a predicate into the
 * summary's.  An observation without one holds under either truth; two
 * different predicates leave only the max (sleep_hi).
 */
static void merge_pred(struct pgc_summary *sum, const struct pgc_alloc_obs *o,
		       int first)
{
	int k, t;

	for (k = 0; k < PGC_NKINDS; k++) {
		uint32_t p = sum->sleep_pred[k], op = o->pred[k];
		int8_t was[2] = { sum->sleep_if[k][0], sum->sleep_if[k][1] };

		if (!first && p && op && p != op) {
			sum->sleep_pred[k] = 0;
			continue;
		}
		if (!first && !p && !op)
			continue;
		for (t = 0; t < 2; t++) {
			int8_t d = pgc_clamp_depth(op ? o->depth_if[k][t] :
					       o->depth[k]);

			if (first || !p)
				/* the summary so far held under either truth */
				was[t] = first ? d : sum->sleep_hi[k];
			sum->sleep_if[k][t] = d > was[t] ? d : was[t];
		}
		sum->sleep_pred[k] = op ? op : p;
	}
}

static const char *keep(struct build *b, const char *s)
{
	return s ? pgc_arena_strdup(b->an->arena, s) : NULL;
}

/* Keep the shortest call chain (recursion makes ever longer ones). */
static int better(const char *old, const char *chain)
{
	return !old || (chain && strlen(chain) < strlen(old));
}

static int has_pred(const struct pgc_alloc_obs *o)
{
	int k;

	for (k = 0; k < PGC_NKINDS; k++)
		if (o->pred[k])
			return 1;
	return 0;
}

static int depth_sum(const int8_t *d)
{
	int k, n = 0;

	for (k = 0; k < PGC_NKINDS; k++)
		n += d[k];
	return n;
}

/*
 * The chain to name for the sleeping allocation: the deepest in atomic
 * context (the one that makes a caller report; an allocation after the
 * function dropped its caller's lock is not it), then one whose depth does
 * not hang on a predicate (a caller that correlates the predicate may find
 * the other harmless), then the shortest.
 */
static int better_sleep(const struct pgc_summary *sum,
			const struct pgc_alloc_obs *o)
{
	int8_t d[PGC_NKINDS];
	int k, pred = has_pred(o), n, was;

	for (k = 0; k < PGC_NKINDS; k++)
		d[k] = pgc_clamp_depth(o->depth[k]);
	n = depth_sum(d);
	was = depth_sum(sum->sleep_chain_depth);
	if (n != was)
		return n > was;
	if (pred != sum->sleep_chain_pred)
		return !pred;
	return better(sum->sleep_chain, o->chain);
}

static void on_alloc(const struct pgc_alloc_obs *o, void *ctx)
{
	struct build *b = ctx;
	struct pgc_summary *sum = b->sum;
	int atomic = pgc_alloc_atomic_kind(o) >= 0;
	uint32_t params = pgc_gfp_params(o->gfp);
	unsigned int n;
	int k;

	if (!sum->may_alloc || better(sum->alloc_chain, o->chain)) {
		sum->may_alloc = 1;
		sum->alloc_pos = o->site;
		sum->alloc_chain = keep(b, o->chain);
	}
	if ((o->gfp & PGC_G_SLEEP) && !atomic &&
	    o->how != PGC_ALLOC_CALLEE_OWN) {
		merge_pred(sum, o, !sum->sleeps);
		for (n = 0; n < PGC_MAXP; n++)
			sum->sleep_no[n] = sum->sleeps ?
				sum->sleep_no[n] & o->param_no[n] :
				o->param_no[n];
		max_depths(sum->sleep_hi, o->depth, !sum->sleeps);
		if (!sum->sleeps || better_sleep(sum, o)) {
			sum->sleep_pos = o->site;
			sum->sleep_chain = keep(b, o->chain);
			sum->sleep_chain_pred = has_pred(o);
			for (k = 0; k < PGC_NKINDS; k++)
				sum->sleep_chain_depth[k] =
					pgc_clamp_depth(o->depth[k]);
		}
		sum->sleeps = 1;
	}
	for (n = 0; n < PGC_MAXP; n++) {
		uint32_t bit = 1u << n;

		if (!(params & bit))
			continue;
		if (atomic || o->how == PGC_ALLOC_CALLEE_OWN) {
			/* Under a lock taken here (or in the callee): the
			 * finding is at the allocation, if a caller passes a
			 * mask that sleeps. */
			if (!(sum->own_gfp_params & bit)) {
				/* At the allocation, or at the call here that
				 * reaches it while this function holds the
				 * lock. */
				int here = o->how != PGC_ALLOC_CALLEE_OWN;

				sum->own_pos[n] = o->how == PGC_ALLOC_CALLEE_PARAM ?
						  b->call_pos : o->site;
				sum->own_fn[n] = keep(b, here ? b->fx->fn->name :
						      o->site_fn);
			}
			sum->own_gfp_params |= bit;
		} else {
			max_depths(sum->gfp_hi[n], o->depth,
				   !(sum->gfp_params & bit));
			if (!(sum->gfp_params & bit) ||
			    better(sum->gfp_chain[n], o->chain)) {
				sum->gfp_pos[n] = o->site;
				sum->gfp_chain[n] = keep(b, o->chain);
			}
			sum->gfp_params |= bit;
		}
	}
}

static void note_free(struct build *b, struct pgc_free_fact f, int entry_side,
		      struct pgc_pos pos)
{
	struct pgc_summary *sum = b->sum;

	if (f.param < 0 || f.param >= PGC_MAXP)
		return;
	if (f.verdict == PGC_FREE_PARAM && !entry_side)
		sum->frees_param |= 1u << f.param;
	else
		return;
	if (!sum->free_pos.line)
		sum->free_pos = pos;
}

static void on_event(const struct pgc_solution *s, const struct pgc_state *st,
		     unsigned int e, void *ctx)
{
	struct build *b = ctx;
	const struct pgc_fctx *fx = s->fx;
	const struct pgc_evinfo *ei = &fx->evs[e];
	const struct pgc_event *ev = ei->ev;
	const struct pgc_ventry *ve = ei->ci.ve;
	const struct pgc_summary *cs = ei->ci.sum;
	unsigned int n;

	if (ev->kind == PGC_EV_RETURN) {
		int64_t c;

		if (!ev->rhs || !pgc_value_const(fx, st, ev->rhs, &c))
			b->ret_mixed = 1;
		else if (b->nret++ && c != b->ret_value)
			b->ret_mixed = 1;
		else
			b->ret_value = c;
		return;
	}
	if (ev->kind != PGC_EV_CALL)
		return;
	b->call_pos = ev->pos;
	pgc_alloc_observe(fx, st, e, on_alloc, b);
	if (ve && ve->cat == PGC_CAT_FREE && (unsigned int)ve->arg <= ev->nargs)
		note_free(b, pgc_free_fact_value(fx, st, ev->args[ve->arg - 1]),
			  0, ev->pos);
	if (!ve && cs) {
		for (n = 0; n < ev->nargs && n < PGC_MAXP; n++) {
			if (cs->frees_param & (1u << n))
				note_free(b, pgc_free_fact_value(fx, st,
					  ev->args[n]), 0, ev->pos);
		}
	}
	/* A call to a function whose contract allows an allocation. */
	if ((ei->ci.contract & PGC_FN_MAY_ALLOC) && !b->sum->may_alloc) {
		b->sum->may_alloc = 1;
		b->sum->alloc_pos = ev->pos;
		b->sum->alloc_chain = keep(b, pgc_callee_name(ev));
	}
}

static void exit_facts(const struct pgc_solution *s, struct pgc_summary *sum)
{
	const struct pgc_fctx *fx = s->fx;
	const struct pgc_state *ex = &s->exit;
	unsigned int i;
	int k;

	sum->has_exit = ex->reached;
	if (!ex->reached)
		return;
	sum->flushes = pgc_pgt_exit_flushed(fx, ex);
	for (k = 0; k < PGC_NKINDS; k++) {
		sum->delta_lo[k] = (int8_t)pgc_atomic_lo(ex, k);
		sum->delta_hi[k] = (int8_t)pgc_atomic_hi(ex, k);
	}
	for (i = 0; i < fx->nslots; i++) {
		int p = fx->slots[i].param_var, level;

		if (p < 0 || p >= PGC_MAXP)
			continue;
		switch (pgc_pgt_exit_cleared(fx, ex, fx->slots[i].deref, &level)) {
		case 2:
			sum->flushes_param_entry |= 1u << p;
			/* fall through */
		case 1:
			sum->clears_param_entry |= 1u << p;
			sum->clear_level[p] = (int8_t)level;
			break;
		}
	}
}

/* Compare what matters to callers (not positions or chains). */
static int same(const struct pgc_summary *a, const struct pgc_summary *b)
{
	return a->has_exit == b->has_exit && a->may_alloc == b->may_alloc &&
	       a->ret_known == b->ret_known && a->ret_value == b->ret_value &&
	       a->sleeps == b->sleeps &&
	       !memcmp(a->sleep_hi, b->sleep_hi, sizeof(a->sleep_hi)) &&
	       a->gfp_params == b->gfp_params &&
	       !memcmp(a->gfp_hi, b->gfp_hi, sizeof(a->gfp_hi)) &&
	       a->own_gfp_params == b->own_gfp_params &&
	       a->frees_param == b->frees_param &&
	       a->clears_param_entry == b->clears_param_entry &&
	       a->flushes_param_entry == b->flushes_param_entry &&
	       !memcmp(a->clear_level, b->clear_level, sizeof(a->clear_level)) &&
	       a->flushes == b->flushes &&
	       !memcmp(a->delta_lo, b->delta_lo, sizeof(a->delta_lo)) &&
	       !memcmp(a->delta_hi, b->delta_hi, sizeof(a->delta_hi)) &&
	       a->pure == b->pure &&
	       !memcmp(a->sleep_pred, b->sleep_pred, sizeof(a->sleep_pred)) &&
	       !memcmp(a->sleep_if, b->sleep_if, sizeof(a->sleep_if)) &&
	       !memcmp(a->sleep_no, b->sleep_no, sizeof(a->sleep_no));
}

int pgc_summarize(struct pgc_solution *s, struct pgc_summary *out)
{
	struct pgc_summary sum;
	struct build b;
	int changed;

	memset(&sum, 0, sizeof(sum));
	memset(&b, 0, sizeof(b));
	b.an = s->fx->an;
	b.fx = s->fx;
	b.sum = &sum;
	pgc_replay(s, on_event, &b);
	exit_facts(s, &sum);
	sum.pure = pgc_pure_body(s->fx);
	sum.ret_known = b.nret && !b.ret_mixed;
	sum.ret_value = b.ret_value;
	sum.done = 1;
	changed = !out->done || !same(&sum, out);
	*out = sum;
	return changed;
}
