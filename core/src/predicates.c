// SPDX-License-Identifier: GPL-2.0
/*
 * Side-effect-free predicate calls as condition values.  In
 *	if (!debug_pagealloc_enabled()) spin_lock(&cpa_lock);
 *	...
 *	if (!debug_pagealloc_enabled()) spin_unlock(&cpa_lock);
 * the two tests are two calls, but a call to a pure function with the same
 * constant arguments gives the same answer both times, so the atomic family
 * correlates it like a variable.  Pure: the body calls nothing but pure
 * functions (no table entry at all: no lock, clear, free, flush, alloc)
 * and stores only to plain variables.  The predicate is named by
 * "callee(args)", one id per analysis, so summaries can carry it across
 * functions.  Assumed: what it reads (a static key, a boot flag) does not
 * change between the tests.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "analysis.h"

int pgc_pure_body(const struct pgc_fctx *fx)
{
	unsigned int e;

	for (e = 0; e < fx->nevents; e++) {
		const struct pgc_evinfo *ei = &fx->evs[e];
		const struct pgc_event *ev = ei->ev;

		if (ev->kind == PGC_EV_ASSIGN &&
		    (!ev->lhs || ev->lhs->kind != PGC_V_VAR))
			return 0;
		if (ev->kind == PGC_EV_CALL &&
		    (ei->ci.ve || !ei->ci.sum || !ei->ci.sum->pure))
			return 0;
	}
	return 1;
}

/* Append a constant argument's spelling; 0 if it is not a constant. */
static int put_arg(char *buf, size_t cap, size_t *len,
		   const struct pgc_value *v)
{
	int n;

	if (v->kind == PGC_V_CONST)
		n = snprintf(buf + *len, cap - *len, "%" PRId64 ",", v->num);
	else if (v->kind == PGC_V_ADDR && v->base->kind == PGC_V_VAR)
		n = snprintf(buf + *len, cap - *len, "&%s,", v->base->name);
	else
		return 0;
	if (n < 0 || (size_t)n >= cap - *len)
		return 0;
	*len += (size_t)n;
	return 1;
}

uint32_t pgc_pred_of(const struct pgc_fctx *fx, const struct pgc_value *cond)
{
	struct pgc_analysis *an = fx->an;
	const struct pgc_event *ev;
	struct pgc_callinfo ci;
	char key[256];
	size_t len;
	unsigned int i;
	void *id;
	const char *k;

	if (!cond || cond->kind != PGC_V_CALL || cond->num < 0 ||
	    (uint64_t)cond->num > fx->ncalls)
		return 0;
	ev = fx->call_by_id[cond->num];
	if (!ev || !ev->callee)
		return 0;
	ci = pgc_classify(an, ev);
	if (ci.ve || !ci.sum || !ci.sum->pure)
		return 0;
	len = (size_t)snprintf(key, sizeof(key), "%s(", ev->callee);
	if (len >= sizeof(key))
		return 0;
	for (i = 0; i < ev->nargs; i++)
		if (!put_arg(key, sizeof(key), &len, ev->args[i]))
			return 0;
	id = pgc_strmap_get(&an->preds, key);
	if (id)
		return (uint32_t)(uintptr_t)id;
	k = pgc_arena_strdup(an->arena, key);
	pgc_strmap_put(&an->preds, k, (void *)(uintptr_t)++an->npreds);
	return an->npreds;
}
