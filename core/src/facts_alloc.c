// SPDX-License-Identifier: GPL-2.0
/*
 * Allocation observations: for one call event and the state before it,
 * every allocation it performs, directly (the table's allocators,
 * might_alloc()) or through a summarised callee, with the gfp mask and the
 * atomic depth at the allocation relative to this function's entry.  Both
 * the summaries and the allocation rules are built on this.
 */
#include <string.h>

#include "analysis.h"

/*
 * "name -> tail", with the middle of a long chain elided: the first
 * CHAIN_HEAD and last CHAIN_TAIL hops are kept around one "...".  Each
 * function's chain is built from its callee's, so unbounded text would
 * cost O(depth^2) over a call chain (measured: bench/growth, chain).
 */
#define CHAIN_HEAD	6
#define CHAIN_TAIL	5
#define CHAIN_SEP	" -> "

static const char *chain_join(struct pgc_arena *a, const char *name,
			      const char *tail)
{
	const char *hop[CHAIN_HEAD + CHAIN_TAIL + 3];
	size_t len[CHAIN_HEAD + CHAIN_TAIL + 3], n = 0, i, dots = 0, total = 0;
	const char *p = tail, *sep;
	char *out, *w;

	hop[n] = name;
	len[n++] = strlen(name);
	/* tail is bounded already: at most CHAIN_HEAD + CHAIN_TAIL + 1 hops */
	for (;;) {
		sep = strstr(p, CHAIN_SEP);
		if (n == sizeof(hop) / sizeof(hop[0]))
			return pgc_arena_printf(a, "%s -> %s", name, tail);
		hop[n] = p;
		len[n] = sep ? (size_t)(sep - p) : strlen(p);
		if (len[n] == 3 && !strncmp(p, "...", 3))
			dots = n;
		n++;
		if (!sep)
			break;
		p = sep + strlen(CHAIN_SEP);
	}
	if (dots > CHAIN_HEAD) {
		/* "... " moves one hop left: the hop before it goes. */
		memmove(&hop[dots - 1], &hop[dots], (n - dots) * sizeof(*hop));
		memmove(&len[dots - 1], &len[dots], (n - dots) * sizeof(*len));
		n--;
	} else if (!dots && n > CHAIN_HEAD + CHAIN_TAIL + 1) {
		size_t drop = n - CHAIN_HEAD - CHAIN_TAIL - 1;

		hop[CHAIN_HEAD] = "...";
		len[CHAIN_HEAD] = 3;
		memmove(&hop[CHAIN_HEAD + 1], &hop[CHAIN_HEAD + 1 + drop],
			CHAIN_TAIL * sizeof(*hop));
		memmove(&len[CHAIN_HEAD + 1], &len[CHAIN_HEAD + 1 + drop],
			CHAIN_TAIL * sizeof(*len));
		n = CHAIN_HEAD + CHAIN_TAIL + 1;
	}
	for (i = 0; i < n; i++)
		total += len[i] + strlen(CHAIN_SEP);
	out = w = pgc_arena_alloc(a, total + 1);
	for (i = 0; i < n; i++) {
		if (i) {
			memcpy(w, CHAIN_SEP, strlen(CHAIN_SEP));
			w += strlen(CHAIN_SEP);
		}
		memcpy(w, hop[i], len[i]);
		w += len[i];
	}
	*w = '\0';
	return out;
}

int pgc_alloc_atomic_kind(const struct pgc_alloc_obs *o)
{
	int k;

	for (k = 0; k < PGC_NKINDS; k++)
		if (o->depth[k] > 0)
			return k;
	return -1;
}

static int max2(int a, int b)
{
	return a > b ? a : b;
}

/*
 * Depths at an allocation: this function's depth before the call plus the
 * callee's at the allocation (rel: its max; callee_pred/callee_if: as a
 * function of one predicate, if it has one).  When this function's depth
 * depends on a predicate too, the same one composes truth by truth: a lock
 * taken here under !P and dropped in the callee under !P is never held.
 */
static void compose(const struct pgc_fctx *fx, const struct pgc_state *st,
		    struct pgc_alloc_obs *o, const int8_t *rel,
		    const uint32_t *callee_pred, const int8_t (*callee_if)[2])
{
	int k, t;

	for (k = 0; k < PGC_NKINDS; k++) {
		int val = 0, here[2], callee[2];
		uint32_t p = pgc_atomic_pred(fx, st, k, &val);
		uint32_t cp = callee_pred ? callee_pred[k] : 0;

		here[0] = here[1] = pgc_atomic_hi(st, k);
		if (p)
			here[!val] = pgc_atomic_lo(st, k);
		for (t = 0; t < 2; t++)
			callee[t] = cp ? callee_if[k][t] : rel ? rel[k] : 0;
		if (p && cp && p != cp) {
			o->pred[k] = 0;
			o->depth[k] = max2(here[0], here[1]) +
				      max2(callee[0], callee[1]);
			continue;
		}
		o->pred[k] = p ? p : cp;
		for (t = 0; t < 2; t++)
			o->depth_if[k][t] = here[t] + callee[t];
		o->depth[k] = max2(o->depth_if[k][0], o->depth_if[k][1]);
	}
}

static void here_depths(const struct pgc_fctx *fx, const struct pgc_state *st,
			struct pgc_alloc_obs *o)
{
	compose(fx, st, o, NULL, NULL, NULL);
}

static const struct pgc_value *arg(const struct pgc_event *ev, int n)
{
	return n >= 1 && (unsigned int)n <= ev->nargs ? ev->args[n - 1] : NULL;
}

/* The parameter truths this path excludes, as an observation starts. */
static void path_param_truths(const struct pgc_fctx *fx,
			      const struct pgc_state *st,
			      struct pgc_alloc_obs *o)
{
	int n;

	for (n = 0; n < PGC_MAXP; n++)
		o->param_no[n] = pgc_param_excluded(fx, st, n);
}

/*
 * Does the callee's sleeping allocation stay reachable with these
 * arguments?  An argument whose truth the callee needs not (false for a
 * nofail flag) rules it out; one forwarding our parameter makes it
 * conditional on that parameter (o->param_no), as is this path already.
 */
static int sleep_reachable(const struct pgc_fctx *fx,
			   const struct pgc_state *st, const struct pgc_event *ev,
			   const struct pgc_summary *sum, struct pgc_alloc_obs *o)
{
	const uint8_t all = PGC_T_ZERO | PGC_T_NONZERO;
	unsigned int n;
	uint8_t excl;
	int p;

	for (n = 0; n < ev->nargs && n < PGC_MAXP; n++) {
		if (!sum->sleep_no[n])
			continue;
		p = pgc_arg_truth(fx, st, ev->args[n], &excl);
		if ((excl | sum->sleep_no[n]) == all)
			return 0;
		if (p >= 0)
			o->param_no[p] |= sum->sleep_no[n];
	}
	for (n = 0; n < PGC_MAXP; n++)
		if (o->param_no[n] == all)
			return 0;
	return 1;
}

void pgc_alloc_observe(const struct pgc_fctx *fx, const struct pgc_state *st,
		       unsigned int e, pgc_alloc_fn fn, void *ctx)
{
	const struct pgc_evinfo *ei = &fx->evs[e];
	const struct pgc_event *ev = ei->ev;
	const struct pgc_ventry *ve = ei->ci.ve;
	const struct pgc_summary *sum = ei->ci.sum;
	struct pgc_alloc_obs o;
	const char *name = pgc_callee_name(ev);
	unsigned int n;

	if (ev->kind != PGC_EV_CALL)
		return;
	memset(&o, 0, sizeof(o));
	o.site = ev->pos;
	o.callee_param = -1;
	path_param_truths(fx, st, &o);
	if (ve) {
		switch (ve->cat) {
		case PGC_CAT_ALLOC:
		case PGC_CAT_MIGHT_ALLOC:
			o.gfp = pgc_gfp_of(fx, st, arg(ev, ve->gfp));
			break;
		case PGC_CAT_ALLOC_SLEEPS:
			o.gfp = PGC_G_SLEEP;
			break;
		default:
			return;
		}
		o.how = PGC_ALLOC_DIRECT;
		o.chain = name;
		here_depths(fx, st, &o);
		fn(&o, ctx);
		return;
	}
	if (!sum)
		return;
	if (sum->sleeps && sleep_reachable(fx, st, ev, sum, &o)) {
		o.how = PGC_ALLOC_CALLEE;
		o.gfp = PGC_G_SLEEP;
		o.site = sum->sleep_pos;
		o.chain = chain_join(fx->arena, name, sum->sleep_chain);
		compose(fx, st, &o, sum->sleep_hi, sum->sleep_pred,
			sum->sleep_if);
		fn(&o, ctx);
		/* sleep_reachable() added the callee's conditions */
		path_param_truths(fx, st, &o);
	}
	for (n = 0; n < ev->nargs && n < PGC_MAXP; n++) {
		uint32_t bit = 1u << n;

		if (!((sum->gfp_params | sum->own_gfp_params) & bit))
			continue;
		o.gfp = pgc_gfp_of(fx, st, ev->args[n]);
		o.callee_param = (int)n;
		if (sum->gfp_params & bit) {
			o.how = PGC_ALLOC_CALLEE_PARAM;
			o.site = sum->gfp_pos[n];
			o.chain = chain_join(fx->arena, name, sum->gfp_chain[n]);
			compose(fx, st, &o, sum->gfp_hi[n], NULL, NULL);
			fn(&o, ctx);
		}
		if (sum->own_gfp_params & bit) {
			o.how = PGC_ALLOC_CALLEE_OWN;
			o.site = sum->own_pos[n];
			o.site_fn = sum->own_fn[n];
			o.chain = name;
			here_depths(fx, st, &o);
			fn(&o, ctx);
		}
	}
	if (sum->may_alloc && !sum->sleeps && !sum->gfp_params &&
	    !sum->own_gfp_params) {
		/* Allocates, but never in a way that may sleep here. */
		o.how = PGC_ALLOC_CALLEE;
		o.gfp = PGC_G_NOSLEEP;
		o.site = sum->alloc_pos;
		o.chain = chain_join(fx->arena, name, sum->alloc_chain);
		here_depths(fx, st, &o);
		fn(&o, ctx);
	}
}
