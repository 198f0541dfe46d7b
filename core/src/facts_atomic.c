// SPDX-License-Identifier: GPL-2.0
/*
 * Fact family "atomic": per atomic-context kind, the interval [lo, hi] of
 * nesting depth relative to the function's entry (negative: the function
 * released something its caller held).  Join is the interval hull, so a
 * join of "locked" and "unlocked" may be locked (hi > 0).  A trylock's
 * result is tracked per slot; the lock is taken only on the true edge of
 * the branch on it.  Guards are their constructor/destructor calls.
 *
 * One correlation is kept, for the kernel's
 *	if (pte) ptl = huge_pte_lock(...); ... if (pte) spin_unlock(ptl);
 * a state knows the truth of the variable of the last branch it went
 * through (slot c, until c is assigned); where exact depths one apart meet
 * with opposite truths of c, the kind records "one more level iff c is
 * true", and every later branch on c makes the depth exact on each edge;
 * a release under the correlation means the level was held.  The
 * condition may also be a call of a pure predicate (predicates.c), which
 * no assignment changes.
 */
#include <string.h>

#include "analysis.h"

struct atomic_part {
	int8_t lo[PGC_NKINDS], hi[PGC_NKINDS];
	int32_t lock_ev[PGC_NKINDS];	/* last enter, for notes */
	int32_t corr_slot[PGC_NKINDS];	/* depth = lo + 1 iff slot is ... */
	int8_t corr_val[PGC_NKINDS];	/* ... this truth value; -1 slot: none */
	int32_t edge_slot;		/* a variable of known truth, or -1 */
	int8_t edge_val;		/* its truth value */
	int32_t try_ev[];		/* per slot: trylock event + 1, or 0 */
};

static struct atomic_part *part(const struct pgc_state *st)
{
	return (struct atomic_part *)st->part[PGC_FAM_ATOMIC];
}

static size_t atomic_size(const struct pgc_fctx *fx)
{
	return sizeof(struct atomic_part) + fx->nslots * sizeof(int32_t);
}

static void atomic_init(const struct pgc_fctx *fx, struct pgc_state *st)
{
	struct atomic_part *a = part(st);
	int k;

	memset(a, 0, atomic_size(fx));
	for (k = 0; k < PGC_NKINDS; k++) {
		a->lock_ev[k] = -1;
		a->corr_slot[k] = -1;
	}
	a->edge_slot = -1;
}

/* Does side x (depth interval, known truth) fit "depth = base + [c == val]"? */
static int fits(const struct atomic_part *x, int k, int c, int val, int base)
{
	if (x->corr_slot[k] >= 0)
		return x->corr_slot[k] == c && x->corr_val[k] == val &&
		       x->lo[k] == base;
	return x->lo[k] == x->hi[k] && x->edge_slot == c &&
	       x->lo[k] == base + (x->edge_val == val);
}

/* The correlation of kind k after joining d and s, into d; changed? */
static int join_corr(struct atomic_part *d, const struct atomic_part *s, int k)
{
	int c = d->corr_slot[k];

	if (c >= 0) {
		if (fits(s, k, c, d->corr_val[k], d->lo[k]))
			return 0;
		d->corr_slot[k] = -1;
		return 1;
	}
	if (s->corr_slot[k] >= 0) {
		c = s->corr_slot[k];
		if (!fits(d, k, c, s->corr_val[k], s->lo[k]))
			return 0;
		d->corr_slot[k] = c;
		d->corr_val[k] = s->corr_val[k];
		return 1;
	}
	/* Exact depths one apart under opposite truths of one variable. */
	if (d->lo[k] != d->hi[k] || s->lo[k] != s->hi[k] ||
	    d->edge_slot < 0 || d->edge_slot != s->edge_slot ||
	    d->edge_val == s->edge_val)
		return 0;
	if (d->lo[k] + 1 == s->lo[k])
		d->corr_val[k] = s->edge_val;
	else if (s->lo[k] + 1 == d->lo[k])
		d->corr_val[k] = d->edge_val;
	else
		return 0;
	d->corr_slot[k] = d->edge_slot;
	return 1;
}

static int atomic_join(const struct pgc_fctx *fx, struct pgc_state *dst,
		       const struct pgc_state *src)
{
	struct atomic_part *d = part(dst);
	const struct atomic_part *s = part(src);
	unsigned int i;
	int k, changed = 0;

	for (k = 0; k < PGC_NKINDS; k++)
		changed |= join_corr(d, s, k);
	if (d->edge_slot >= 0 &&
	    (d->edge_slot != s->edge_slot || d->edge_val != s->edge_val)) {
		d->edge_slot = -1;
		changed = 1;
	}
	for (k = 0; k < PGC_NKINDS; k++) {
		if (s->lo[k] < d->lo[k]) {
			d->lo[k] = s->lo[k];
			changed = 1;
		}
		if (s->hi[k] > d->hi[k]) {
			d->hi[k] = s->hi[k];
			changed = 1;
		}
		if (d->lock_ev[k] < 0)
			d->lock_ev[k] = s->lock_ev[k];
	}
	for (i = 0; i < fx->nslots; i++) {
		if (d->try_ev[i] && d->try_ev[i] != s->try_ev[i]) {
			d->try_ev[i] = 0;
			changed = 1;
		}
	}
	return changed;
}

static void shift(struct atomic_part *a, int k, int dlo, int dhi)
{
	a->lo[k] = pgc_clamp_depth(a->lo[k] + dlo);
	a->hi[k] = pgc_clamp_depth(a->hi[k] + dhi);
}

/*
 * Leave one level of kind k.  Under a correlation the extra level exists
 * only when its condition holds: a release on this path says it held.
 */
static void leave(struct atomic_part *a, int k)
{
	if (a->corr_slot[k] >= 0) {
		a->hi[k] = a->lo[k];
		a->corr_slot[k] = -1;
		return;
	}
	shift(a, k, -1, -1);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = s ? strlen(s) : 0, m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

/*
 * The kinds a table entry enters or leaves: one, or two for kind=K+K2.
 * Under PREEMPT_RT spinlock_t and rwlock_t sleep and their _irqsave and
 * _irq forms leave interrupts enabled, so their second kind does not apply.
 */
static int kinds_of(const struct pgc_fctx *fx, const struct pgc_ventry *ve,
		    int out[2])
{
	out[0] = ve->kind;
	if (ve->kind2 < 0 ||
	    (fx->an->opts->preempt_rt &&
	     (ve->kind == PGC_K_SPIN || ve->kind == PGC_K_RWLOCK)))
		return 1;
	out[1] = ve->kind2;
	return 2;
}

static void enter(const struct pgc_fctx *fx, struct atomic_part *a,
		  const struct pgc_ventry *ve, unsigned int e)
{
	int k[2], i, n = kinds_of(fx, ve, k);

	for (i = 0; i < n; i++) {
		shift(a, k[i], 1, 1);
		a->lock_ev[k[i]] = (int32_t)e;
	}
}

static void leave_all(const struct pgc_fctx *fx, struct atomic_part *a,
		      const struct pgc_ventry *ve)
{
	int k[2], i, n = kinds_of(fx, ve, k);

	for (i = 0; i < n; i++)
		leave(a, k[i]);
}

static void atomic_transfer(const struct pgc_fctx *fx, struct pgc_state *st,
			    unsigned int e)
{
	const struct pgc_evinfo *ei = &fx->evs[e];
	const struct pgc_event *ev = ei->ev;
	const struct pgc_ventry *ve = ei->ci.ve;
	struct atomic_part *a = part(st);
	int k;

	if (ev->kind == PGC_EV_ASSIGN) {
		if (ei->lhs < 0)
			return;
		a->try_ev[ei->lhs] = ei->rhs >= 0 ? a->try_ev[ei->rhs] : 0;
		/* The condition changed: forget what depended on it. */
		for (k = 0; k < PGC_NKINDS; k++)
			if (a->corr_slot[k] == ei->lhs)
				a->corr_slot[k] = -1;
		if (a->edge_slot == ei->lhs)
			a->edge_slot = -1;
		return;
	}
	if (ev->kind != PGC_EV_CALL)
		return;
	if (ei->result >= 0)
		a->try_ev[ei->result] = 0;	/* a reused temporary */
	if (ve) {
		switch (ve->cat) {
		case PGC_CAT_ATOMIC_ENTER:
			enter(fx, a, ve, e);
			break;
		case PGC_CAT_ATOMIC_LEAVE:
			leave_all(fx, a, ve);
			break;
		case PGC_CAT_GUARD:
			if (ends_with(ev->callee, "_destructor"))
				leave_all(fx, a, ve);
			else
				enter(fx, a, ve, e);
			break;
		case PGC_CAT_ATOMIC_TRY:
			if (ei->result >= 0)
				a->try_ev[ei->result] = (int32_t)e + 1;
			break;
		default:
			break;
		}
		return;
	}
	if (ei->ci.sum) {
		/*
		 * Only a definite change: a callee that returns with a lock
		 * held on some paths only (conditional locking the interval
		 * cannot correlate) changes nothing here - precision first.
		 */
		for (k = 0; k < PGC_NKINDS; k++) {
			int d = ei->ci.sum->delta_lo[k];

			if (d != ei->ci.sum->delta_hi[k] || !d)
				continue;
			shift(a, k, d, d);
			if (d > 0)
				a->lock_ev[k] = (int32_t)e;
		}
	}
}

static void atomic_edge(const struct pgc_fctx *fx, struct pgc_state *st,
			const struct pgc_block *b, unsigned int succ)
{
	struct atomic_part *a = part(st);
	uint32_t p = pgc_pred_of(fx, b->cond);
	int s, t, k, truth = succ == 0;

	/* A pure predicate call is a condition of its own, after the slots. */
	s = p ? (int)(fx->nslots + p - 1) : pgc_slot_of(fx, b->cond);
	if (s < 0)
		return;
	/* The same predicate answered the other way on this path. */
	if (p && a->edge_slot == s && a->edge_val != truth) {
		st->reached = 0;
		return;
	}
	for (k = 0; k < PGC_NKINDS; k++) {
		if (a->corr_slot[k] != s)
			continue;
		if (truth == a->corr_val[k])
			a->lo[k] = a->hi[k];
		else
			a->hi[k] = a->lo[k];
		/* Exact now; the known truth below re-forms it at joins. */
		a->corr_slot[k] = -1;
	}
	/* Only variables: call results may be reused temporaries. */
	if (b->cond->kind == PGC_V_VAR || p) {
		a->edge_slot = s;
		a->edge_val = (int8_t)truth;
	}
	if (p || !a->try_ev[s] || succ != 0)
		return;
	t = a->try_ev[s] - 1;
	enter(fx, a, fx->evs[t].ci.ve, (unsigned int)t);
}

int pgc_atomic_hi(const struct pgc_state *st, int kind)
{
	return part(st)->hi[kind];
}

int pgc_atomic_lo(const struct pgc_state *st, int kind)
{
	return part(st)->lo[kind];
}

int pgc_atomic_lock_ev(const struct pgc_state *st, int kind)
{
	return part(st)->lock_ev[kind];
}

uint32_t pgc_atomic_pred(const struct pgc_fctx *fx, const struct pgc_state *st,
			 int kind, int *val)
{
	const struct atomic_part *a = part(st);
	int c = a->corr_slot[kind];

	if (c < (int)fx->nslots)
		return 0;
	*val = a->corr_val[kind];
	return (uint32_t)(c - (int)fx->nslots + 1);
}

const struct pgc_family pgc_family_atomic = {
	.name = "atomic",
	.size = atomic_size,
	.init_entry = atomic_init,
	.join = atomic_join,
	.transfer = atomic_transfer,
	.edge = atomic_edge,
};
