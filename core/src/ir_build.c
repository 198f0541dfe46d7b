// SPDX-License-Identifier: GPL-2.0
/* Building a TU: the builder API of pgcheck/ir.h. */
#include <stddef.h>
#include <string.h>

#include "pgcheck/ir.h"
#include "arena.h"
#include "strmap.h"

struct tu_priv {
	struct pgc_tu tu;
	struct pgc_strmap strings;
	struct pgc_strmap funcs;
};

static struct tu_priv *priv(const struct pgc_tu *tu)
{
	return (struct tu_priv *)((char *)tu - offsetof(struct tu_priv, tu));
}

#define GROW(tu, arr, cap, need) \
	pgc_arena_grow((tu)->arena, (void **)&(arr), &(cap), (need), \
		       sizeof(*(arr)))

struct pgc_tu *pgc_tu_new(const char *main_file)
{
	struct pgc_arena *a = pgc_arena_new();
	struct tu_priv *p = pgc_arena_alloc(a, sizeof(*p));

	p->tu.arena = a;
	pgc_strmap_init(&p->strings, a);
	pgc_strmap_init(&p->funcs, a);
	p->tu.main_file = main_file ? pgc_intern(&p->tu, main_file) : NULL;
	return &p->tu;
}

void pgc_tu_free(struct pgc_tu *tu)
{
	if (tu)
		pgc_arena_free(tu->arena);
}

const char *pgc_intern(struct pgc_tu *tu, const char *s)
{
	struct tu_priv *p = priv(tu);
	const char *k;

	if (!s)
		return NULL;
	k = pgc_strmap_key(&p->strings, s);
	if (k)
		return k;
	k = pgc_arena_strdup(tu->arena, s);
	pgc_strmap_put(&p->strings, k, (void *)k);
	return k;
}

struct pgc_pos pgc_pos_make(struct pgc_tu *tu, const char *file,
			    unsigned int line, unsigned int col)
{
	struct pgc_pos pos = { pgc_intern(tu, file), line, col };

	return pos;
}

void pgc_tu_set_const(struct pgc_tu *tu, const char *name, int64_t value)
{
	unsigned int i;

	name = pgc_intern(tu, name);
	for (i = 0; i < tu->nconsts; i++) {
		if (tu->consts[i].name == name) {
			tu->consts[i].value = value;
			return;
		}
	}
	GROW(tu, tu->consts, tu->consts_cap, tu->nconsts + 1);
	tu->consts[tu->nconsts].name = name;
	tu->consts[tu->nconsts].value = value;
	tu->nconsts++;
}

int pgc_tu_get_const(const struct pgc_tu *tu, const char *name, int64_t *value)
{
	unsigned int i;

	for (i = 0; i < tu->nconsts; i++) {
		if (!strcmp(tu->consts[i].name, name)) {
			*value = tu->consts[i].value;
			return 1;
		}
	}
	return 0;
}

void pgc_tu_add_suppression(struct pgc_tu *tu, struct pgc_pos pos,
			    const char *rule, const char *reason)
{
	struct pgc_suppression *s;

	GROW(tu, tu->supps, tu->supps_cap, tu->nsupps + 1);
	s = &tu->supps[tu->nsupps++];
	s->pos = pos;
	s->pos.file = pgc_intern(tu, pos.file);
	s->rule = pgc_intern(tu, rule);
	s->reason = pgc_intern(tu, reason);
}

struct pgc_func *pgc_tu_find_func(const struct pgc_tu *tu, const char *name)
{
	return pgc_strmap_get(&priv(tu)->funcs, name);
}

struct pgc_func *pgc_func_declare(struct pgc_tu *tu, const char *name,
				  unsigned int attrs)
{
	struct pgc_func *f = pgc_tu_find_func(tu, name);

	if (!f) {
		f = pgc_arena_alloc(tu->arena, sizeof(*f));
		f->name = pgc_intern(tu, name);
		GROW(tu, tu->funcs, tu->funcs_cap, tu->nfuncs + 1);
		tu->funcs[tu->nfuncs++] = f;
		pgc_strmap_put(&priv(tu)->funcs, f->name, f);
	}
	f->attrs |= attrs;
	return f;
}

struct pgc_func *pgc_func_define(struct pgc_tu *tu, const char *name,
				 struct pgc_pos pos)
{
	struct pgc_func *f = pgc_func_declare(tu, name, 0);

	if (f->has_body)
		return NULL;
	f->has_body = 1;
	f->pos = pos;
	f->pos.file = pgc_intern(tu, pos.file);
	return f;
}

void pgc_func_add_param(struct pgc_tu *tu, struct pgc_func *f,
			const char *name)
{
	GROW(tu, f->params, f->params_cap, f->nparams + 1);
	f->params[f->nparams++] = pgc_intern(tu, name);
}

struct pgc_block *pgc_block_new(struct pgc_tu *tu, struct pgc_func *f)
{
	struct pgc_block *b = pgc_arena_alloc(tu->arena, sizeof(*b));

	b->id = f->nblocks;
	GROW(tu, f->blocks, f->blocks_cap, f->nblocks + 1);
	f->blocks[f->nblocks++] = b;
	return b;
}

void pgc_block_add_succ(struct pgc_tu *tu, struct pgc_block *b,
			unsigned int succ)
{
	GROW(tu, b->succs, b->succs_cap, b->nsuccs + 1);
	b->succs[b->nsuccs++] = succ;
}

void pgc_block_set_branch(struct pgc_tu *tu, struct pgc_block *b,
			  const struct pgc_value *cond, unsigned int t,
			  unsigned int f)
{
	b->nsuccs = 0;
	pgc_block_add_succ(tu, b, t);
	pgc_block_add_succ(tu, b, f);
	b->cond = cond;
}

static struct pgc_value *newval(struct pgc_tu *tu, enum pgc_value_kind k)
{
	struct pgc_value *v = pgc_arena_alloc(tu->arena, sizeof(*v));

	v->kind = k;
	return v;
}

const struct pgc_value *pgc_val_unknown(struct pgc_tu *tu)
{
	return newval(tu, PGC_V_UNKNOWN);
}

const struct pgc_value *pgc_val_const(struct pgc_tu *tu, int64_t n)
{
	struct pgc_value *v = newval(tu, PGC_V_CONST);

	v->num = n;
	return v;
}

const struct pgc_value *pgc_val_var(struct pgc_tu *tu, const char *name)
{
	struct pgc_value *v = newval(tu, PGC_V_VAR);

	v->name = pgc_intern(tu, name);
	return v;
}

const struct pgc_value *pgc_val_deref(struct pgc_tu *tu,
				      const struct pgc_value *base)
{
	struct pgc_value *v;

	if (base->kind == PGC_V_ADDR)
		return base->base;
	v = newval(tu, PGC_V_DEREF);
	v->base = base;
	return v;
}

const struct pgc_value *pgc_val_field(struct pgc_tu *tu,
				      const struct pgc_value *base,
				      const char *field)
{
	struct pgc_value *v = newval(tu, PGC_V_FIELD);

	v->base = base;
	v->name = pgc_intern(tu, field);
	return v;
}

const struct pgc_value *pgc_val_index(struct pgc_tu *tu,
				      const struct pgc_value *base,
				      int64_t idx, int known)
{
	struct pgc_value *v = newval(tu, PGC_V_INDEX);

	v->base = base;
	v->num = known ? idx : 0;
	v->index_known = !!known;
	return v;
}

const struct pgc_value *pgc_val_index_value(struct pgc_tu *tu,
					    const struct pgc_value *base,
					    const struct pgc_value *idx)
{
	struct pgc_value *v;

	if (idx && idx->kind == PGC_V_CONST)
		return pgc_val_index(tu, base, idx->num, 1);
	v = (struct pgc_value *)pgc_val_index(tu, base, 0, 0);
	if (idx && idx->kind != PGC_V_UNKNOWN)
		v->index = idx;
	return v;
}

const struct pgc_value *pgc_val_addr(struct pgc_tu *tu,
				     const struct pgc_value *base)
{
	struct pgc_value *v;

	if (base->kind == PGC_V_DEREF)
		return base->base;
	v = newval(tu, PGC_V_ADDR);
	v->base = base;
	return v;
}

const struct pgc_value *pgc_val_call(struct pgc_tu *tu, unsigned int call_id)
{
	struct pgc_value *v = newval(tu, PGC_V_CALL);

	v->num = call_id;
	return v;
}

const struct pgc_value *pgc_val_add(struct pgc_tu *tu,
				    const struct pgc_value *base, int64_t k)
{
	struct pgc_value *v;

	if (base->kind == PGC_V_UNKNOWN)
		return base;
	if (k == 0)
		return base;
	if (base->kind == PGC_V_CONST)
		return pgc_val_const(tu, base->num + k);
	if (base->kind == PGC_V_ADD)
		return pgc_val_add(tu, base->base, base->num + k);
	v = newval(tu, PGC_V_ADD);
	v->base = base;
	v->num = k;
	return v;
}

static struct pgc_event *new_event(struct pgc_tu *tu, struct pgc_block *b,
				   enum pgc_event_kind k, struct pgc_pos pos)
{
	struct pgc_event *e;

	GROW(tu, b->events, b->events_cap, b->nevents + 1);
	e = &b->events[b->nevents++];
	memset(e, 0, sizeof(*e));
	e->kind = k;
	e->pos = pos;
	e->pos.file = pgc_intern(tu, pos.file);
	return e;
}

unsigned int pgc_ev_call(struct pgc_tu *tu, struct pgc_func *f,
			 struct pgc_block *b, struct pgc_pos pos,
			 const char *callee, const char *spelled,
			 unsigned int nargs, const struct pgc_value *const *args)
{
	struct pgc_event *e = new_event(tu, b, PGC_EV_CALL, pos);
	unsigned int i;

	e->id = f->next_call_id++;
	e->callee = pgc_intern(tu, callee);
	e->spelled = pgc_intern(tu, spelled);
	e->nargs = nargs;
	e->args = pgc_arena_alloc(tu->arena, (nargs + 1) * sizeof(*e->args));
	for (i = 0; i < nargs; i++)
		e->args[i] = args[i] ? args[i] : pgc_val_unknown(tu);
	return e->id;
}

void pgc_ev_call_flags(struct pgc_block *b, unsigned int flags)
{
	if (b->nevents && b->events[b->nevents - 1].kind == PGC_EV_CALL)
		b->events[b->nevents - 1].flags |= flags;
}

void pgc_ev_assign(struct pgc_tu *tu, struct pgc_block *b, struct pgc_pos pos,
		   const struct pgc_value *lhs, const struct pgc_value *rhs)
{
	struct pgc_event *e = new_event(tu, b, PGC_EV_ASSIGN, pos);

	e->lhs = lhs;
	e->rhs = rhs ? rhs : pgc_val_unknown(tu);
}

void pgc_ev_return(struct pgc_tu *tu, struct pgc_block *b, struct pgc_pos pos,
		   const struct pgc_value *rhs)
{
	struct pgc_event *e = new_event(tu, b, PGC_EV_RETURN, pos);

	e->rhs = rhs;
}
