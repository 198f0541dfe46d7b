// SPDX-License-Identifier: GPL-2.0
/*
 * Fact family "pgtable": which page-table pages are reachable from which
 * entries, and the state of each entry.
 *
 * Per slot (an access path):
 *   origin  what the slot holds: the table below entry e, a pointer into
 *           that table, the value of entry e, the object passed as
 *           parameter n, or an alias of another slot (a copy).  Join: equal,
 *           or the one side that knows (the other never set it), else top.
 *   state   of the slot as an entry: a set of {untouched, live, cleared,
 *           flushed}; join is union (a may-analysis: a free is reported if
 *           the entry is live or cleared-but-unflushed on SOME path).
 *   level, the clear event and a pending "flushed too short" event, for
 *           the rules.
 *   leaf    the entry maps a page (a huge page), not a table: it is on the
 *           true edge of a leaf test (pmd_large(*pmd), pud_leaf(*pud)) on
 *           every path.  What pmd_page() & co. return for it is the mapped
 *           page, and freeing that is not freeing a table (no cached walk
 *           goes through a leaf entry).  Join: and.
 * And one must-bit: a flush happened on every path since entry.
 *
 * Transitive reachability (BRIEF §2): a table below an entry that lives in
 * a parent table whose own entry was cleared and flushed is unreachable.
 */
#include <string.h>

#include "analysis.h"

enum { O_NONE, O_TABLE, O_SLOT, O_EVAL, O_PARAM, O_ALIAS, O_TOP };

#define E_UNTOUCHED	0x1
#define E_LIVE		0x2
#define E_CLEARED	0x4
#define E_FLUSHED	0x8

struct origin {
	int32_t kind;
	int32_t x;	/* entry slot, param number or aliased slot */
};

struct pgt {
	uint8_t flushed_must;
	struct origin *origin;
	uint8_t *est;
	int8_t *level;
	int32_t *clear_ev, *short_flush;
	uint8_t *leaf;
};

static size_t al16(size_t n)
{
	return (n + 15) & ~(size_t)15;
}

static struct pgt view(const struct pgc_fctx *fx, const struct pgc_state *st)
{
	unsigned char *p = st->part[PGC_FAM_PGTABLE];
	size_t n = fx->nslots;
	struct pgt v;

	v.flushed_must = p[0];
	p += 16;
	v.origin = (struct origin *)p;
	p += al16(n * sizeof(struct origin));
	v.est = p;
	p += al16(n);
	v.level = (int8_t *)p;
	p += al16(n);
	v.clear_ev = (int32_t *)p;
	p += al16(n * 4);
	v.short_flush = (int32_t *)p;
	p += al16(n * 4);
	v.leaf = p;
	return v;
}

static void set_flushed_must(struct pgc_state *st, int v)
{
	st->part[PGC_FAM_PGTABLE][0] = (unsigned char)v;
}

static size_t pgt_size(const struct pgc_fctx *fx)
{
	size_t n = fx->nslots;

	return 16 + al16(n * sizeof(struct origin)) + 3 * al16(n) +
	       2 * al16(n * 4);
}

static void pgt_init(const struct pgc_fctx *fx, struct pgc_state *st)
{
	struct pgt v;
	unsigned int i;

	memset(st->part[PGC_FAM_PGTABLE], 0, pgt_size(fx));
	v = view(fx, st);
	for (i = 0; i < fx->nslots; i++) {
		if (fx->slots[i].param_var >= 0) {
			v.origin[i].kind = O_PARAM;
			v.origin[i].x = fx->slots[i].param_var;
		}
		v.est[i] = E_UNTOUCHED;
		v.level[i] = -1;
		v.clear_ev[i] = v.short_flush[i] = -1;
	}
}

static int join_ev(int32_t *d, int32_t s)
{
	if (s >= 0 && (*d < 0 || s < *d)) {
		*d = s;
		return 1;
	}
	return 0;
}

static int pgt_join(const struct pgc_fctx *fx, struct pgc_state *dst,
		    const struct pgc_state *src)
{
	struct pgt d = view(fx, dst), s = view(fx, src);
	unsigned int i;
	int changed = 0;

	if (d.flushed_must && !s.flushed_must) {
		set_flushed_must(dst, 0);
		changed = 1;
	}
	for (i = 0; i < fx->nslots; i++) {
		struct origin *o = &d.origin[i];
		const struct origin *so = &s.origin[i];

		if (o->kind == O_NONE && so->kind != O_NONE) {
			*o = *so;
			changed = 1;
		} else if (so->kind != O_NONE && o->kind != O_TOP &&
			   (o->kind != so->kind || o->x != so->x)) {
			/* Two different things: nothing known. */
			o->kind = O_TOP;
			o->x = -1;
			changed = 1;
		}
		if ((d.est[i] | s.est[i]) != d.est[i]) {
			d.est[i] |= s.est[i];
			changed = 1;
		}
		if (d.level[i] < s.level[i])
			d.level[i] = s.level[i];
		if (d.clear_ev[i] < 0)
			d.clear_ev[i] = s.clear_ev[i];
		changed |= join_ev(&d.short_flush[i], s.short_flush[i]);
		if (d.leaf[i] && !s.leaf[i]) {
			d.leaf[i] = 0;
			changed = 1;
		}
	}
	return changed;
}

/* The final origin of slot s, following copies. */
static struct origin origin_of(const struct pgt *v, int s, int *final)
{
	struct origin o = { O_NONE, -1 };
	int depth;

	for (depth = 0; s >= 0 && depth < 8; depth++) {
		o = v->origin[s];
		if (o.kind != O_ALIAS)
			break;
		s = o.x;
	}
	if (final)
		*final = s;
	return o;
}

/*
 * What value v holds: its slot's origin, or for &array[i] / array[i] with
 * an index that is a table page (its pfn: pfn_to_page(pmd_pfn(e)) is
 * &vmemmap[pmd_pfn(e)]) that table page.
 */
static struct origin value_origin(const struct pgc_fctx *fx,
				  const struct pgt *v,
				  const struct pgc_value *val)
{
	struct origin o = { O_NONE, -1 };
	const struct pgc_value *ix = val;
	int s;

	while (ix && ix->kind == PGC_V_ADD)	/* pointer arithmetic */
		ix = ix->base;
	if (!ix)
		return o;
	s = pgc_slot_of(fx, ix);
	if (s >= 0)
		o = origin_of(v, s, NULL);
	if (o.kind != O_NONE)
		return o;
	if (ix->kind == PGC_V_ADDR)
		ix = ix->base;
	if (ix->kind == PGC_V_INDEX && ix->index) {
		o = value_origin(fx, v, ix->index);
		if (o.kind == O_TABLE || o.kind == O_SLOT)
			o.kind = O_TABLE;
		else
			o.kind = O_NONE;
	}
	return o;
}

/* The entry *p: p's slot is ps (or -1), *p's slot is ds (or -1). */
static int entry_ptr(const struct pgc_fctx *fx, const struct pgt *v, int ps,
		     int ds)
{
	int final = ps;

	if (ps >= 0) {
		origin_of(v, ps, &final);
		if (final != ps && final >= 0 && fx->slots[final].deref >= 0)
			return fx->slots[final].deref;
	}
	return ds;
}

int pgc_resolve_entry_ptr(const struct pgc_fctx *fx, const struct pgc_state *st,
			  const struct pgc_value *p)
{
	struct pgt v = view(fx, st);

	if (!p)
		return -1;
	return entry_ptr(fx, &v, pgc_slot_of(fx, p), pgc_slot_of_deref(fx, p));
}

/* The entry whose value v is. */
static int entry_val(const struct pgc_fctx *fx, const struct pgt *v,
		     const struct pgc_value *val)
{
	int s = pgc_slot_of(fx, val);
	struct origin o;

	if (s < 0)
		return -1;
	o = origin_of(v, s, NULL);
	if (o.kind == O_EVAL)
		return o.x;
	if (val->kind == PGC_V_DEREF && val->base->kind != PGC_V_ADD)
		return entry_ptr(fx, v, pgc_slot_of(fx, val->base), s);
	if (val->kind == PGC_V_DEREF || val->kind == PGC_V_INDEX ||
	    val->kind == PGC_V_FIELD)
		return s;
	return -1;
}

/* The entry whose table the container of entry e is in, or -1. */
static int parent_entry(const struct pgc_fctx *fx, const struct pgt *v, int e)
{
	struct origin o;
	int c = fx->slots[e].container;

	if (c < 0)
		return -1;
	o = origin_of(v, c, NULL);
	return o.kind == O_TABLE || o.kind == O_SLOT ? o.x : -1;
}

static int unreachable(const struct pgc_fctx *fx, const struct pgt *v, int e)
{
	int depth, p;

	for (depth = 0; depth < PGC_NLEVELS; depth++) {
		p = parent_entry(fx, v, e);
		if (p < 0 || p == e)
			return 0;
		if (v->est[p] == E_FLUSHED)
			return 1;
		e = p;
	}
	return 0;
}

static struct pgc_free_fact check_entry(const struct pgc_fctx *fx,
					const struct pgt *v, int e)
{
	struct pgc_free_fact f = { PGC_FREE_NOT_TABLE, e, -1, -1 };
	uint8_t bits;

	if (e < 0)
		return f;
	bits = v->est[e];
	/*
	 * An array element stands for every element: "untouched" joined with
	 * "cleared" is the loop that clears each one, seen before its first
	 * iteration, not an element left live.
	 */
	if (fx->slots[e].collapsed && (bits & ~E_UNTOUCHED))
		bits &= ~E_UNTOUCHED;
	f.clear_ev = v->clear_ev[e];
	if (bits == E_FLUSHED || unreachable(fx, v, e))
		f.verdict = PGC_FREE_OK;
	else if (bits & E_CLEARED)
		f.verdict = PGC_FREE_UNFLUSHED;
	else if (bits & E_LIVE)
		f.verdict = PGC_FREE_LIVE;
	else if (bits & E_UNTOUCHED)
		/*
		 * Never cleared here: live, whether this function found the
		 * entry by a walk or was handed it (BRIEF §2: a table is freed
		 * while the entry that reaches it is live).
		 */
		f.verdict = PGC_FREE_LIVE;
	else
		f.verdict = PGC_FREE_OK;
	return f;
}

static struct pgc_free_fact free_fact_origin(const struct pgc_fctx *fx,
					     const struct pgt *v,
					     struct origin o)
{
	struct pgc_free_fact f = { PGC_FREE_NOT_TABLE, -1, -1, -1 };

	if (o.kind == O_TABLE || o.kind == O_SLOT)
		return check_entry(fx, v, o.x);
	if (o.kind == O_PARAM) {
		f.verdict = PGC_FREE_PARAM;
		f.param = o.x;
	}
	return f;
}

struct pgc_free_fact pgc_free_fact_value(const struct pgc_fctx *fx,
					 const struct pgc_state *st,
					 const struct pgc_value *val)
{
	struct pgt v = view(fx, st);

	return free_fact_origin(fx, &v, value_origin(fx, &v, val));
}

struct pgc_free_fact pgc_free_fact_entry_ptr(const struct pgc_fctx *fx,
					     const struct pgc_state *st,
					     const struct pgc_value *p)
{
	struct pgt v = view(fx, st);

	return check_entry(fx, &v, pgc_resolve_entry_ptr(fx, st, p));
}

int pgc_entry_short_flush(const struct pgc_state *st, const struct pgc_fctx *fx,
			  int entry)
{
	return entry >= 0 ? view(fx, st).short_flush[entry] : -1;
}

int pgc_entry_level(const struct pgc_state *st, const struct pgc_fctx *fx,
		    int entry)
{
	return entry >= 0 ? view(fx, st).level[entry] : -1;
}

int pgc_entry_clear_ev(const struct pgc_state *st, const struct pgc_fctx *fx,
		       int entry)
{
	return entry >= 0 ? view(fx, st).clear_ev[entry] : -1;
}

static const struct pgc_value *arg(const struct pgc_event *ev, int n)
{
	return n >= 1 && (unsigned int)n <= ev->nargs ? ev->args[n - 1] : NULL;
}

static int arg_entry_ptr(const struct pgc_fctx *fx, const struct pgt *v,
			 const struct pgc_evinfo *ei, int n)
{
	if (n < 1 || (unsigned int)n > ei->ev->nargs)
		return -1;
	return entry_ptr(fx, v, ei->arg[n - 1], ei->arg_deref[n - 1]);
}

/* Length flushed by call ei, INT64_MAX for everything, -1 if unknown. */
static int64_t flush_len(const struct pgc_fctx *fx, const struct pgc_state *st,
			 const struct pgc_evinfo *ei, const struct pgc_ventry *ve)
{
	int64_t len;

	if (!ve || ve->scope_all || ve->walk)
		return INT64_MAX;
	if (ve->addr)
		return fx->an->span[PGC_LVL_PTE] ? fx->an->span[PGC_LVL_PTE] : -1;
	if (!pgc_range_len(fx, st, arg(ei->ev, ve->start), arg(ei->ev, ve->end),
			   &len) || len < 0)
		return -1;
	/* Flushed ranges are page aligned: an odd length is an inclusive end. */
	if (len & 1)
		len++;
	return len;
}

static void do_flush(const struct pgc_fctx *fx, struct pgc_state *st,
		     unsigned int e, int64_t len)
{
	struct pgt v = view(fx, st);
	unsigned int i;

	for (i = 0; i < fx->nslots; i++) {
		int64_t span = v.level[i] >= 0 ? fx->an->span[v.level[i]] : 0;
		int covers = len == INT64_MAX || (span > 0 && len >= span);

		if (v.est[i] & E_CLEARED) {
			v.est[i] = (v.est[i] & ~E_CLEARED) | E_FLUSHED;
			v.short_flush[i] = (len >= 0 && span > 0 && !covers) ?
					   (int32_t)e : -1;
		} else if ((v.est[i] & E_FLUSHED) && covers) {
			v.short_flush[i] = -1;
		}
	}
	set_flushed_must(st, 1);
}

static void clear_entry(struct pgt *v, int entry, int level, unsigned int e,
			uint8_t to)
{
	if (entry < 0)
		return;
	v->est[entry] = to;
	v->level[entry] = (int8_t)level;
	v->clear_ev[entry] = (int32_t)e;
	v->short_flush[entry] = -1;
	v->leaf[entry] = 0;
}

/* pmdp_huge_get_and_clear() and friends return the entry's old value. */
static void set_old_value(struct pgt *v, const struct pgc_evinfo *ei, int entry)
{
	if (entry < 0 || ei->result < 0)
		return;
	v->origin[ei->result].kind = O_EVAL;
	v->origin[ei->result].x = entry;
}

/* The entry a table or leaf-test call names (entry= or entry-value=). */
static int vocab_entry(const struct pgc_fctx *fx, const struct pgt *v,
		       const struct pgc_evinfo *ei, const struct pgc_ventry *ve)
{
	if (ve->entry)
		return arg_entry_ptr(fx, v, ei, ve->entry);
	if (arg(ei->ev, ve->entry_value))
		return entry_val(fx, v, arg(ei->ev, ve->entry_value));
	return -1;
}

/*
 * The slot of a variable holding a copy of the entry's value, passed as a
 * table or leaf-test call's entry-value= argument, or -1.  The copy stays
 * a leaf's value after the entry itself is cleared (arm64 hot-remove:
 * pmd = READ_ONCE(*pmdp); if (pmd_sect(pmd)) { pmd_clear(pmdp); ...
 * free(pmd_page(pmd)) }).
 */
static int value_copy(const struct pgc_fctx *fx, const struct pgc_evinfo *ei,
		      const struct pgc_ventry *ve)
{
	const struct pgc_value *a = ve->entry_value ?
				    arg(ei->ev, ve->entry_value) : NULL;

	return a && a->kind == PGC_V_VAR ? pgc_slot_of(fx, a) : -1;
}

static int leaf_copy(const struct pgc_fctx *fx, const struct pgt *v,
		     const struct pgc_evinfo *ei, const struct pgc_ventry *ve)
{
	int s = value_copy(fx, ei, ve);

	return s >= 0 && v->leaf[s];
}

static void call_vocab(const struct pgc_fctx *fx, struct pgc_state *st,
		       unsigned int e)
{
	const struct pgc_evinfo *ei = &fx->evs[e];
	const struct pgc_ventry *ve = ei->ci.ve;
	struct pgt v = view(fx, st);
	int entry;

	switch (ve->cat) {
	case PGC_CAT_CLEAR:
		entry = arg_entry_ptr(fx, &v, ei, ve->entry);
		if (entry < 0)
			break;
		set_old_value(&v, ei, entry);
		if (ve->zero && arg(ei->ev, ve->zero) &&
		    !pgc_is_zero_value(fx, arg(ei->ev, ve->zero))) {
			v.est[entry] = E_LIVE;	/* set_pmd(p, e): populated */
			v.leaf[entry] = 0;
		} else
			clear_entry(&v, entry, ve->level, e, E_CLEARED);
		break;
	case PGC_CAT_CLEAR_FLUSH:
		entry = arg_entry_ptr(fx, &v, ei, ve->entry);
		set_old_value(&v, ei, entry);
		clear_entry(&v, entry, ve->level, e, E_FLUSHED);
		break;
	case PGC_CAT_TABLE:
		entry = vocab_entry(fx, &v, ei, ve);
		/* A leaf entry's "table" is the page it maps. */
		if (entry >= 0 && ei->result >= 0 && !v.leaf[entry] &&
		    !leaf_copy(fx, &v, ei, ve)) {
			v.origin[ei->result].kind = ve->yields_slot ? O_SLOT :
							O_TABLE;
			v.origin[ei->result].x = entry;
		}
		break;
	case PGC_CAT_SAME_OBJECT:
		if ((unsigned int)ve->arg <= ei->ev->nargs && ei->result >= 0)
			v.origin[ei->result] = value_origin(fx, &v,
						ei->ev->args[ve->arg - 1]);
		break;
	case PGC_CAT_FLUSH:
		do_flush(fx, st, e, flush_len(fx, st, ei, ve));
		break;
	default:
		break;
	}
}

static void call_summary(const struct pgc_fctx *fx, struct pgc_state *st,
			 unsigned int e)
{
	const struct pgc_evinfo *ei = &fx->evs[e];
	const struct pgc_summary *sum = ei->ci.sum;
	struct pgt v = view(fx, st);
	unsigned int n;

	for (n = 0; n < ei->ev->nargs && n < PGC_MAXP; n++) {
		if (sum->clears_param_entry & (1u << n))
			clear_entry(&v, arg_entry_ptr(fx, &v, ei, (int)n + 1),
				    sum->clear_level[n], e,
				    (sum->flushes_param_entry & (1u << n)) ?
				    E_FLUSHED : E_CLEARED);
	}
	if (sum->flushes)
		do_flush(fx, st, e, INT64_MAX);
}

/*
 * Pointer p now points elsewhere (pmd++ in a walk): the entries reached
 * through it are new ones, untouched.
 */
static void repoint(const struct pgc_fctx *fx, struct pgt *v, int p)
{
	const int *in;

	for (in = fx->slots[p].inside; *in >= 0; in++) {
		v->est[*in] = E_UNTOUCHED;
		v->level[*in] = -1;
		v->clear_ev[*in] = -1;
		v->short_flush[*in] = -1;
		v->leaf[*in] = 0;
	}
}

static void pgt_transfer(const struct pgc_fctx *fx, struct pgc_state *st,
			 unsigned int e)
{
	const struct pgc_evinfo *ei = &fx->evs[e];
	const struct pgc_event *ev = ei->ev;
	struct pgt v = view(fx, st);

	if (ev->kind == PGC_EV_CALL) {
		if (ei->result >= 0) {
			v.origin[ei->result].kind = O_NONE;
			v.origin[ei->result].x = -1;
		}
		if (ei->ci.ve)
			call_vocab(fx, st, e);
		else if (ei->ci.sum)
			call_summary(fx, st, e);
		return;
	}
	if (ev->kind != PGC_EV_ASSIGN || ei->lhs < 0)
		return;
	repoint(fx, &v, ei->lhs);
	v.leaf[ei->lhs] = 0;	/* a new value */
	if (ei->rhs >= 0) {
		struct origin o = value_origin(fx, &v, ev->rhs);

		if (o.kind == O_NONE) {
			const struct pgc_value *r = ev->rhs;

			/* A copy of a variable (not of a call result: their
			 * slots may be reused temporaries). */
			if (r->kind == PGC_V_VAR) {
				o.kind = O_ALIAS;
				o.x = ei->rhs;
			} else if (r->kind == PGC_V_DEREF ||
				   r->kind == PGC_V_INDEX ||
				   r->kind == PGC_V_FIELD) {
				/* A value read from memory: maybe an entry. */
				o.kind = O_EVAL;
				o.x = entry_val(fx, &v, r);
				if (o.x < 0)
					o.kind = O_NONE;
			}
		}
		if (o.kind == O_ALIAS && o.x == ei->lhs)
			o.kind = O_NONE;
		v.origin[ei->lhs] = o;
	} else if (ev->rhs->kind == PGC_V_ADD) {
		struct origin o = value_origin(fx, &v, ev->rhs);

		if (o.kind == O_TABLE || o.kind == O_SLOT)
			o.kind = O_SLOT;
		else
			o.kind = O_NONE;
		v.origin[ei->lhs] = o;
	} else {
		v.origin[ei->lhs].kind = O_NONE;
		v.origin[ei->lhs].x = -1;
	}
}

/*
 * The true edge of a branch on a leaf test (pmd_large(*pmd), pud_leaf(*pud)):
 * the entry maps a page.  `if (!pmd_leaf(*pmd))` arrives with its edges
 * swapped, so succs[0] is always the leaf side.  Only a test whose call is
 * in the branching block itself: a call result slot may be a temporary.
 */
static void pgt_edge(const struct pgc_fctx *fx, struct pgc_state *st,
		     const struct pgc_block *b, unsigned int succ)
{
	struct pgt v = view(fx, st);
	unsigned int e;
	int entry;

	if (succ != 0 || !b->cond || b->cond->kind != PGC_V_CALL)
		return;
	for (e = fx->block_first[b->id]; e < fx->block_first[b->id + 1]; e++) {
		const struct pgc_evinfo *ei = &fx->evs[e];
		const struct pgc_ventry *ve = ei->ci.ve;

		if (ei->ev->kind != PGC_EV_CALL ||
		    ei->ev->id != (unsigned int)b->cond->num)
			continue;
		if (!ve || ve->cat != PGC_CAT_LEAF_TEST)
			return;
		entry = vocab_entry(fx, &v, ei, ve);
		if (entry >= 0)
			v.leaf[entry] = 1;
		if (value_copy(fx, ei, ve) >= 0)
			v.leaf[value_copy(fx, ei, ve)] = 1;
		return;
	}
}

/* Summary queries on the exit state. */
int pgc_pgt_exit_flushed(const struct pgc_fctx *fx, const struct pgc_state *st)
{
	return view(fx, st).flushed_must;
}

/*
 * Entry *param n at exit: 0 if not cleared on every path, 1 if cleared,
 * 2 if cleared and flushed on every path; its level in *level.
 */
int pgc_pgt_exit_cleared(const struct pgc_fctx *fx, const struct pgc_state *st,
			 int slot, int *level)
{
	struct pgt v = view(fx, st);

	if (slot < 0 || !v.est[slot] || (v.est[slot] & (E_UNTOUCHED | E_LIVE)))
		return 0;
	*level = v.level[slot];
	return v.est[slot] == E_FLUSHED ? 2 : 1;
}

const struct pgc_family pgc_family_pgtable = {
	.name = "pgtable",
	.size = pgt_size,
	.init_entry = pgt_init,
	.join = pgt_join,
	.transfer = pgt_transfer,
	.edge = pgt_edge,
};
