// SPDX-License-Identifier: GPL-2.0
/*
 * The per-function context: the finite set of access paths ("slots") a
 * function mentions, so that every fact family is an array over slots, and
 * the classification of every call.
 *
 * A slot is identified by the canonical text of its access path.  Array
 * elements collapse to one slot per array ("a[?]"): the element a loop
 * body clears is the element it frees.  *(p + k) is p[?].
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"

struct keybuf {
	char *s;
	size_t len, cap;
	int ok;
	const struct pgc_fctx *fx;
};

static void kb_put(struct keybuf *kb, const char *s)
{
	size_t n = strlen(s);

	if (kb->len + n + 1 > kb->cap) {
		size_t cap = (kb->len + n + 1) * 2;
		char *p = realloc(kb->s, cap);

		if (!p) {
			kb->ok = 0;
			return;
		}
		kb->s = p;
		kb->cap = cap;
	}
	memcpy(kb->s + kb->len, s, n + 1);
	kb->len += n;
}

static void build_key(struct keybuf *kb, const struct pgc_value *v);

/* Key of *v. */
static void build_deref_key(struct keybuf *kb, const struct pgc_value *v)
{
	if (v->kind == PGC_V_ADDR) {
		build_key(kb, v->base);
	} else if (v->kind == PGC_V_ADD) {
		kb_put(kb, "(");
		build_key(kb, v->base);
		kb_put(kb, ")[?]");
	} else {
		kb_put(kb, "*(");
		build_key(kb, v);
		kb_put(kb, ")");
	}
}

static void build_key(struct keybuf *kb, const struct pgc_value *v)
{
	char num[32];

	switch (v->kind) {
	case PGC_V_VAR:
		kb_put(kb, v->name);
		break;
	case PGC_V_CALL:
		/* A result used only in its own block shares a temporary. */
		if (kb->fx && (uint64_t)v->num < kb->fx->ncalls &&
		    kb->fx->call_temp[v->num] >= 0)
			snprintf(num, sizeof(num), "%%t%d",
				 kb->fx->call_temp[v->num]);
		else
			snprintf(num, sizeof(num), "%%%lld", (long long)v->num);
		kb_put(kb, num);
		break;
	case PGC_V_DEREF:
		build_deref_key(kb, v->base);
		break;
	case PGC_V_FIELD:
		kb_put(kb, "(");
		build_key(kb, v->base);
		kb_put(kb, ").");
		kb_put(kb, v->name);
		break;
	case PGC_V_INDEX:
		kb_put(kb, "(");
		build_key(kb, v->base);
		kb_put(kb, ")[?]");
		break;
	case PGC_V_ADDR:
		kb_put(kb, "&(");
		build_key(kb, v->base);
		kb_put(kb, ")");
		break;
	default:
		kb->ok = 0;	/* constants, unknowns, v + k: not a location */
		break;
	}
}

/* The pointer whose target v is: *p, p[i], *(p + k), (*p).f. */
static const struct pgc_value *container_ptr(const struct pgc_value *v)
{
	switch (v->kind) {
	case PGC_V_DEREF:
		return v->base->kind == PGC_V_ADD ? v->base->base : v->base;
	case PGC_V_INDEX:
		return v->base;
	case PGC_V_FIELD:
		return container_ptr(v->base);
	default:
		return NULL;
	}
}

static int lookup_key(const struct pgc_fctx *fx, struct keybuf *kb)
{
	void *p;

	if (!kb->ok || !kb->s)
		return -1;
	p = pgc_strmap_get(&fx->keys, kb->s);
	return p ? (int)((intptr_t)p - 1) : -1;
}

static int slot_of(const struct pgc_fctx *fx, const struct pgc_value *v,
		   int deref)
{
	struct keybuf kb = { NULL, 0, 0, 1, fx };
	int slot;

	if (deref)
		build_deref_key(&kb, v);
	else
		build_key(&kb, v);
	slot = lookup_key(fx, &kb);
	free(kb.s);
	return slot;
}

int pgc_slot_of(const struct pgc_fctx *fx, const struct pgc_value *v)
{
	return v ? slot_of(fx, v, 0) : -1;
}

int pgc_slot_of_deref(const struct pgc_fctx *fx, const struct pgc_value *v)
{
	return v ? slot_of(fx, v, 1) : -1;
}

static int param_index(const struct pgc_func *fn, const struct pgc_value *v)
{
	unsigned int i;

	if (!v || v->kind != PGC_V_VAR)
		return -1;
	for (i = 0; i < fn->nparams && i < PGC_MAXP; i++)
		if (fn->params[i] == v->name || !strcmp(fn->params[i], v->name))
			return (int)i;
	return -1;
}

static int add_slot(struct pgc_fctx *fx, struct keybuf *kb, unsigned int *cap)
{
	int slot = lookup_key(fx, kb);
	struct pgc_slotinfo *si;

	if (slot >= 0 || !kb->ok)
		return slot;
	if (fx->nslots == *cap) {
		unsigned int ncap = *cap ? *cap * 2 : 64;
		struct pgc_slotinfo *p = pgc_arena_alloc(fx->arena,
							 ncap * sizeof(*p));

		if (fx->slots)
			memcpy(p, fx->slots, fx->nslots * sizeof(*p));
		fx->slots = p;
		*cap = ncap;
	}
	slot = (int)fx->nslots++;
	si = &fx->slots[slot];
	si->key = pgc_arena_strdup(fx->arena, kb->s);
	si->container = -1;
	si->param_var = -1;
	si->param_entry = -1;
	si->deref = -1;
	si->collapsed = strstr(si->key, "[?]") != NULL;
	pgc_strmap_put(&fx->keys, si->key, (void *)(intptr_t)(slot + 1));
	return slot;
}

static int register_value(struct pgc_fctx *fx, const struct pgc_value *v,
			  unsigned int *cap);

/* Register the location *v (or v itself when deref is 0). */
static int register_loc(struct pgc_fctx *fx, const struct pgc_value *v,
			int deref, unsigned int *cap)
{
	struct keybuf kb = { NULL, 0, 0, 1, fx };
	const struct pgc_value *cptr = NULL;
	int slot;

	if (deref) {
		build_deref_key(&kb, v);
		if (v->kind == PGC_V_ADDR)
			cptr = container_ptr(v->base);
		else
			cptr = v->kind == PGC_V_ADD ? v->base : v;
	} else {
		build_key(&kb, v);
		cptr = container_ptr(v);
	}
	slot = add_slot(fx, &kb, cap);
	free(kb.s);
	if (slot < 0)
		return -1;
	if (cptr && fx->slots[slot].container < 0) {
		int c = register_value(fx, cptr, cap);
		int p = param_index(fx->fn, cptr);

		fx->slots[slot].container = c;
		fx->slots[slot].param_entry = p;
	}
	if (!deref) {
		fx->slots[slot].param_var = param_index(fx->fn, v);
	} else if (v->kind != PGC_V_ADDR && v->kind != PGC_V_ADD) {
		int vs = register_value(fx, v, cap);

		if (vs >= 0)
			fx->slots[vs].deref = slot;
	}
	return slot;
}

static int register_value(struct pgc_fctx *fx, const struct pgc_value *v,
			  unsigned int *cap)
{
	if (!v)
		return -1;
	switch (v->kind) {
	case PGC_V_INDEX:
		register_value(fx, v->index, cap);
		/* fall through */
	case PGC_V_DEREF:
	case PGC_V_FIELD:
	case PGC_V_ADDR:
	case PGC_V_ADD:
		register_value(fx, v->base, cap);
		break;
	default:
		break;
	}
	return register_loc(fx, v, 0, cap);
}

static int register_deref(struct pgc_fctx *fx, const struct pgc_value *v,
			  unsigned int *cap)
{
	if (!v || v->kind == PGC_V_CONST || v->kind == PGC_V_UNKNOWN)
		return -1;
	return register_loc(fx, v, 1, cap);
}

/* Mark the calls whose result value v uses outside block b. */
static void mark_uses(struct pgc_fctx *fx, const struct pgc_value *v,
		      unsigned int b, const int *def_block)
{
	for (; v; v = v->base) {
		if (v->kind == PGC_V_INDEX && v->index)
			mark_uses(fx, v->index, b, def_block);
		if (v->kind == PGC_V_CALL && (uint64_t)v->num < fx->ncalls &&
		    def_block[v->num] != (int)b)
			fx->call_temp[v->num] = -2;
		if (v->kind == PGC_V_CALL || v->kind == PGC_V_VAR)
			break;
	}
}

/*
 * Call results are values too, but most live only until the end of their
 * block: those share per-block temporaries, so the state (an array over
 * slots) grows with a function's variables, not with its number of calls.
 */
static void assign_temps(struct pgc_fctx *fx)
{
	const struct pgc_func *fn = fx->fn;
	int *def_block = calloc(fx->ncalls + 1, sizeof(int));
	unsigned int b, i, k;

	if (!def_block)
		abort();
	fx->call_temp = pgc_arena_alloc(fx->arena, (fx->ncalls + 1) * sizeof(int));
	for (i = 0; i < fx->ncalls; i++)
		def_block[i] = -1;
	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < fn->blocks[b]->nevents; i++)
			if (fn->blocks[b]->events[i].kind == PGC_EV_CALL &&
			    fn->blocks[b]->events[i].id < fx->ncalls)
				def_block[fn->blocks[b]->events[i].id] = (int)b;
	for (b = 0; b < fn->nblocks; b++) {
		const struct pgc_block *bb = fn->blocks[b];

		for (i = 0; i < bb->nevents; i++) {
			const struct pgc_event *ev = &bb->events[i];

			for (k = 0; k < ev->nargs; k++)
				mark_uses(fx, ev->args[k], b, def_block);
			mark_uses(fx, ev->lhs, b, def_block);
			mark_uses(fx, ev->rhs, b, def_block);
		}
		mark_uses(fx, bb->cond, b, def_block);
	}
	for (b = 0; b < fn->nblocks; b++) {
		const struct pgc_block *bb = fn->blocks[b];
		int t = 0;

		for (i = 0; i < bb->nevents; i++) {
			const struct pgc_event *ev = &bb->events[i];

			if (ev->kind != PGC_EV_CALL || ev->id >= fx->ncalls)
				continue;
			fx->call_temp[ev->id] = fx->call_temp[ev->id] == -2 ?
						-1 : t++;
		}
	}
	free(def_block);
}

/* For each slot, the locations reached through it (its "inside"). */
static void link_inside(struct pgc_fctx *fx)
{
	unsigned int i, *count = calloc(fx->nslots + 1, sizeof(*count));
	static int none = -1;

	if (!count)
		abort();
	for (i = 0; i < fx->nslots; i++)
		if (fx->slots[i].container >= 0)
			count[fx->slots[i].container]++;
	for (i = 0; i < fx->nslots; i++) {
		fx->slots[i].inside = count[i] ?
			pgc_arena_alloc(fx->arena, (count[i] + 1) * sizeof(int)) :
			&none;
		if (count[i])
			fx->slots[i].inside[0] = -1;
		count[i] = 0;
	}
	for (i = 0; i < fx->nslots; i++) {
		int c = fx->slots[i].container;

		if (c >= 0) {
			fx->slots[c].inside[count[c]++] = (int)i;
			fx->slots[c].inside[count[c]] = -1;
		}
	}
	free(count);
}

struct pgc_fctx *pgc_fctx_new(struct pgc_analysis *an,
			      const struct pgc_func *fn)
{
	struct pgc_arena *a = pgc_arena_new();
	struct pgc_fctx *fx = pgc_arena_alloc(a, sizeof(*fx));
	unsigned int cap = 0, b, i, k, n = 0;

	fx->an = an;
	fx->fn = fn;
	fx->arena = a;
	pgc_strmap_init(&fx->keys, a);
	for (b = 0; b < fn->nblocks; b++)
		n += fn->blocks[b]->nevents;
	fx->nevents = n;
	fx->evs = pgc_arena_alloc(a, (n + 1) * sizeof(*fx->evs));
	fx->block_first = pgc_arena_alloc(a, (fn->nblocks + 1) *
					  sizeof(*fx->block_first));
	fx->ncalls = fn->next_call_id;
	fx->call_by_id = pgc_arena_alloc(a, (fx->ncalls + 1) *
					 sizeof(*fx->call_by_id));
	assign_temps(fx);
	/* Parameters first: they are slots even when never mentioned. */
	for (i = 0; i < fn->nparams; i++) {
		struct pgc_value pv = { PGC_V_VAR, 0, 0, fn->params[i], NULL,
					 NULL };

		register_value(fx, &pv, &cap);
		register_deref(fx, &pv, &cap);
	}
	n = 0;
	for (b = 0; b < fn->nblocks; b++) {
		const struct pgc_block *bb = fn->blocks[b];

		fx->block_first[b] = n;
		for (i = 0; i < bb->nevents; i++, n++) {
			const struct pgc_event *ev = &bb->events[i];
			struct pgc_evinfo *ei = &fx->evs[n];

			ei->ev = ev;
			ei->bb = bb;
			ei->result = ei->lhs = ei->rhs = ei->rhs_deref = -1;
			if (ev->kind == PGC_EV_CALL) {
				struct pgc_value cv = { PGC_V_CALL, 0, ev->id, NULL,
							NULL, NULL };

				if (ev->id < fx->ncalls)
					fx->call_by_id[ev->id] = ev;
				ei->ci = pgc_classify(an, ev);
				ei->result = register_value(fx, &cv, &cap);
				ei->arg = pgc_arena_alloc(a, (ev->nargs + 1) *
							  sizeof(int));
				ei->arg_deref = pgc_arena_alloc(a,
						(ev->nargs + 1) * sizeof(int));
				for (k = 0; k < ev->nargs; k++) {
					ei->arg[k] = register_value(fx,
							ev->args[k], &cap);
					ei->arg_deref[k] = register_deref(fx,
							ev->args[k], &cap);
				}
			} else if (ev->kind == PGC_EV_ASSIGN) {
				ei->lhs = register_value(fx, ev->lhs, &cap);
				ei->rhs = register_value(fx, ev->rhs, &cap);
				ei->rhs_deref = register_deref(fx, ev->rhs,
							       &cap);
			} else if (ev->rhs) {
				ei->rhs = register_value(fx, ev->rhs, &cap);
			}
		}
		if (bb->cond)
			register_value(fx, bb->cond, &cap);
	}
	fx->block_first[fn->nblocks] = n;
	link_inside(fx);
	return fx;
}

void pgc_fctx_free(struct pgc_fctx *fx)
{
	if (fx)
		pgc_arena_free(fx->arena);
}
