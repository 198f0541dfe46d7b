// SPDX-License-Identifier: GPL-2.0
/*
 * Fact family "values": per slot, the gfp masks it may hold and its value as
 * a linear form (constant, or another slot's value plus a constant).
 *
 * gfp lattice: a set of {may sleep, may not sleep, unknown, param n}, join is
 * union.  A constant mask may sleep iff it has the sleep bit, whose value the
 * front end read from the code (the vocabulary names the macro).
 * Linear lattice: self (never assigned: its own value) | constant c |
 * slot + c | top; join of different values is top.
 * Parameter truths: per parameter, the truths (PGC_T_ZERO, PGC_T_NONZERO)
 * this path excludes, from branches on the unassigned parameter; join is
 * intersection.  A summary's sleeping allocation can then hang on them.
 */
#include <string.h>

#include "analysis.h"

enum { L_SELF, L_CONST, L_LIN, L_TOP };

struct lin {
	int32_t kind;
	int32_t base;
	int64_t off;
};

static uint32_t *gfp_arr(const struct pgc_state *st)
{
	return (uint32_t *)st->part[PGC_FAM_VALUES];
}

static struct lin *lin_arr(const struct pgc_fctx *fx,
			   const struct pgc_state *st)
{
	size_t off = (fx->nslots * sizeof(uint32_t) + 15) & ~(size_t)15;

	return (struct lin *)(st->part[PGC_FAM_VALUES] + off);
}

static size_t lin_end(const struct pgc_fctx *fx)
{
	return ((fx->nslots * sizeof(uint32_t) + 15) & ~(size_t)15) +
	       fx->nslots * sizeof(struct lin);
}

static uint8_t *excl_arr(const struct pgc_fctx *fx,
			 const struct pgc_state *st)
{
	return st->part[PGC_FAM_VALUES] + lin_end(fx);
}

static size_t values_size(const struct pgc_fctx *fx)
{
	return lin_end(fx) + PGC_MAXP;
}

static void values_init(const struct pgc_fctx *fx, struct pgc_state *st)
{
	uint32_t *g = gfp_arr(st);
	unsigned int i;

	memset(st->part[PGC_FAM_VALUES], 0, values_size(fx));
	for (i = 0; i < fx->nslots; i++)
		if (fx->slots[i].param_var >= 0)
			g[i] = 1u << (PGC_G_PARAM0 + fx->slots[i].param_var);
}

static int values_join(const struct pgc_fctx *fx, struct pgc_state *dst,
		       const struct pgc_state *src)
{
	uint32_t *dg = gfp_arr(dst);
	const uint32_t *sg = gfp_arr(src);
	struct lin *dl = lin_arr(fx, dst);
	const struct lin *sl = lin_arr(fx, src);
	uint8_t *dx = excl_arr(fx, dst);
	const uint8_t *sx = excl_arr(fx, src);
	unsigned int i;
	int changed = 0;

	for (i = 0; i < PGC_MAXP; i++) {
		if ((dx[i] & sx[i]) != dx[i]) {
			dx[i] &= sx[i];
			changed = 1;
		}
	}
	for (i = 0; i < fx->nslots; i++) {
		if ((dg[i] | sg[i]) != dg[i]) {
			dg[i] |= sg[i];
			changed = 1;
		}
		if (dl[i].kind != L_TOP &&
		    (dl[i].kind != sl[i].kind || dl[i].base != sl[i].base ||
		     dl[i].off != sl[i].off)) {
			dl[i].kind = L_TOP;
			changed = 1;
		}
	}
	return changed;
}

uint32_t pgc_gfp_params(uint32_t g)
{
	return g >> PGC_G_PARAM0;
}

uint32_t pgc_gfp_of(const struct pgc_fctx *fx, const struct pgc_state *st,
		    const struct pgc_value *v)
{
	const struct pgc_analysis *an = fx->an;
	const struct pgc_ventry *ve;
	int s;

	if (!v)
		return PGC_G_UNKNOWN;
	if (v->kind == PGC_V_CONST) {
		if (!an->have_sleep_bit)
			return PGC_G_UNKNOWN;
		return (v->num & an->sleep_bit) ? PGC_G_SLEEP : PGC_G_NOSLEEP;
	}
	s = pgc_slot_of(fx, v);
	if (s >= 0 && gfp_arr(st)[s])
		return gfp_arr(st)[s];
	/* A mask named in the source (an engine that could not fold it). */
	if (v->kind == PGC_V_VAR) {
		ve = pgc_vocab_macro(an->vocab, v->name);
		if (ve && ve->cat == PGC_CAT_GFP_SLEEPS)
			return PGC_G_SLEEP;
		if (ve && ve->cat == PGC_CAT_GFP_NOSLEEP)
			return PGC_G_NOSLEEP;
	}
	return PGC_G_UNKNOWN;
}

static struct lin lin_of(const struct pgc_fctx *fx, const struct pgc_state *st,
			 const struct pgc_value *v)
{
	struct lin l = { L_TOP, -1, 0 };
	int s;

	if (!v)
		return l;
	if (v->kind == PGC_V_CONST) {
		l.kind = L_CONST;
		l.off = v->num;
		return l;
	}
	if (v->kind == PGC_V_ADD) {
		l = lin_of(fx, st, v->base);
		if (l.kind == L_CONST || l.kind == L_LIN)
			l.off += v->num;
		return l;
	}
	s = pgc_slot_of(fx, v);
	if (s < 0)
		return l;
	l = lin_arr(fx, st)[s];
	if (l.kind == L_SELF) {
		l.kind = L_LIN;
		l.base = s;
		l.off = 0;
	}
	return l;
}

int pgc_range_len(const struct pgc_fctx *fx, const struct pgc_state *st,
		  const struct pgc_value *start, const struct pgc_value *end,
		  int64_t *len)
{
	struct lin a = lin_of(fx, st, start), b = lin_of(fx, st, end);

	if (a.kind == L_TOP || a.kind != b.kind)
		return 0;
	if (a.kind == L_LIN && a.base != b.base)
		return 0;
	*len = b.off - a.off;
	return 1;
}

int pgc_is_zero_value(const struct pgc_fctx *fx, const struct pgc_value *v)
{
	const struct pgc_event *ev;
	struct pgc_callinfo ci;

	if (v->kind == PGC_V_CONST)
		return v->num == 0;
	if (v->kind != PGC_V_CALL || (uint64_t)v->num >= fx->ncalls)
		return 0;
	/* __pmd(0), native_make_pmd(0): an entry built from zero. */
	ev = fx->call_by_id[v->num];
	if (!ev)
		return 0;
	ci = pgc_classify(fx->an, ev);
	if (!ci.ve || ci.ve->cat != PGC_CAT_ENTRY_VALUE ||
	    (unsigned int)ci.ve->arg > ev->nargs)
		return 0;
	return pgc_is_zero_value(fx, ev->args[ci.ve->arg - 1]);
}

int pgc_value_const(const struct pgc_fctx *fx, const struct pgc_state *st,
		    const struct pgc_value *v, int64_t *out)
{
	struct lin l = lin_of(fx, st, v);

	if (l.kind != L_CONST)
		return 0;
	*out = l.off;
	return 1;
}

/* Parameter n if v is its variable, still holding the caller's value. */
static int unassigned_param(const struct pgc_fctx *fx,
			    const struct pgc_state *st, const struct pgc_value *v)
{
	int s = v && v->kind == PGC_V_VAR ? pgc_slot_of(fx, v) : -1;
	const struct lin *l;

	if (s < 0 || fx->slots[s].param_var < 0 ||
	    fx->slots[s].param_var >= PGC_MAXP)
		return -1;
	l = &lin_arr(fx, st)[s];
	return l->kind == L_SELF ? fx->slots[s].param_var : -1;
}

uint8_t pgc_param_excluded(const struct pgc_fctx *fx,
			   const struct pgc_state *st, int n)
{
	return n >= 0 && n < PGC_MAXP ? excl_arr(fx, st)[n] : 0;
}

int pgc_arg_truth(const struct pgc_fctx *fx, const struct pgc_state *st,
		  const struct pgc_value *v, uint8_t *excl)
{
	int64_t c;

	*excl = 0;
	if (!v)
		return -1;
	if (pgc_value_const(fx, st, v, &c))
		*excl = c ? PGC_T_ZERO : PGC_T_NONZERO;
	else if (v->kind == PGC_V_ADDR)
		*excl = PGC_T_ZERO;
	return unassigned_param(fx, st, v);
}

static void values_edge(const struct pgc_fctx *fx, struct pgc_state *st,
			const struct pgc_block *b, unsigned int succ)
{
	int n = unassigned_param(fx, st, b->cond);
	uint8_t *x;

	if (n < 0)
		return;
	x = &excl_arr(fx, st)[n];
	*x |= succ == 0 ? PGC_T_ZERO : PGC_T_NONZERO;
	if (*x == (PGC_T_ZERO | PGC_T_NONZERO))
		st->reached = 0;	/* the parameter was tested the other way */
}

static void values_transfer(const struct pgc_fctx *fx, struct pgc_state *st,
			    unsigned int e)
{
	const struct pgc_evinfo *ei = &fx->evs[e];
	const struct pgc_event *ev = ei->ev;

	if (ev->kind == PGC_EV_CALL && ei->result >= 0) {
		struct lin *l = &lin_arr(fx, st)[ei->result];

		/* A same-TU function that always returns one constant (the
		 * kernel's inline predicates, folded by the compiler). */
		if (!ei->ci.ve && ei->ci.sum && ei->ci.sum->ret_known) {
			l->kind = L_CONST;
			l->off = ei->ci.sum->ret_value;
		} else {
			l->kind = L_SELF;	/* a reused temporary */
			l->off = 0;
		}
		l->base = -1;
		gfp_arr(st)[ei->result] = 0;
		return;
	}
	if (ev->kind == PGC_EV_ASSIGN && ei->lhs >= 0) {
		gfp_arr(st)[ei->lhs] = pgc_gfp_of(fx, st, ev->rhs);
		lin_arr(fx, st)[ei->lhs] = lin_of(fx, st, ev->rhs);
	}
}

const struct pgc_family pgc_family_values = {
	.name = "values",
	.size = values_size,
	.init_entry = values_init,
	.join = values_join,
	.transfer = values_transfer,
	.edge = values_edge,
};
