// SPDX-License-Identifier: GPL-2.0
/*
 * Fact family "atomic": per atomic-context kind, the interval [lo, hi] of
 * nesting depth relative to the function's entry (negative: the function
 * released something its caller held).  Join is the interval hull, so a
 * join of "locked" and "unlocked" may be locked (hi > 0).  A trylock's
 * result is tracked per slot; the lock is taken only on the true edge of
 * the branch on it.  Guards are their constructor/destructor calls.
 */
#include <string.h>

#include "analysis.h"

struct atomic_part {
	int8_t lo[PGC_NKINDS], hi[PGC_NKINDS];
	int32_t lock_ev[PGC_NKINDS];	/* last enter, for notes */
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
	for (k = 0; k < PGC_NKINDS; k++)
		a->lock_ev[k] = -1;
}

static int atomic_join(const struct pgc_fctx *fx, struct pgc_state *dst,
		       const struct pgc_state *src)
{
	struct atomic_part *d = part(dst);
	const struct atomic_part *s = part(src);
	unsigned int i;
	int k, changed = 0;

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

static int8_t clamp(int v)
{
	if (v < PGC_DEPTH_MIN)
		return PGC_DEPTH_MIN;
	if (v > PGC_DEPTH_MAX)
		return PGC_DEPTH_MAX;
	return (int8_t)v;
}

static void shift(struct atomic_part *a, int k, int dlo, int dhi)
{
	a->lo[k] = clamp(a->lo[k] + dlo);
	a->hi[k] = clamp(a->hi[k] + dhi);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = s ? strlen(s) : 0, m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
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
		if (ei->lhs >= 0)
			a->try_ev[ei->lhs] = ei->rhs >= 0 ? a->try_ev[ei->rhs] : 0;
		return;
	}
	if (ev->kind != PGC_EV_CALL)
		return;
	if (ei->result >= 0)
		a->try_ev[ei->result] = 0;	/* a reused temporary */
	if (ve) {
		switch (ve->cat) {
		case PGC_CAT_ATOMIC_ENTER:
			shift(a, ve->kind, 1, 1);
			a->lock_ev[ve->kind] = (int32_t)e;
			break;
		case PGC_CAT_ATOMIC_LEAVE:
			shift(a, ve->kind, -1, -1);
			break;
		case PGC_CAT_GUARD:
			if (ends_with(ev->callee, "_destructor")) {
				shift(a, ve->kind, -1, -1);
			} else {
				shift(a, ve->kind, 1, 1);
				a->lock_ev[ve->kind] = (int32_t)e;
			}
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
	int s = pgc_slot_of(fx, b->cond), t;

	if (s < 0 || !a->try_ev[s] || succ != 0)
		return;
	t = a->try_ev[s] - 1;
	shift(a, fx->evs[t].ci.ve->kind, 1, 1);
	a->lock_ev[fx->evs[t].ci.ve->kind] = t;
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

const struct pgc_family pgc_family_atomic = {
	.name = "atomic",
	.size = atomic_size,
	.init_entry = atomic_init,
	.join = atomic_join,
	.transfer = atomic_transfer,
	.edge = atomic_edge,
};
