// SPDX-License-Identifier: GPL-2.0
/*
 * Expressions to events and values.
 *
 * After evaluation sparse has rewritten some C forms; the walk turns them
 * back into access paths:
 *   x          *(&x)                  EXPR_PREOP '*' over EXPR_SYMBOL
 *   p->f, s.f  *(&s + offsetof(f))    the '+' node marks the member
 *   a[i]       *(a + i * sizeof(*a))  the index is scaled by the size
 * Casts are transparent; integer constant expressions are folded by
 * sparse's own expander.
 */
#include <string.h>

#include "walker.h"

struct symbol *call_target(struct expression *call);

static struct symbol *strip_node(struct symbol *t)
{
	while (t && (t->type == SYM_NODE || t->type == SYM_BITFIELD))
		t = t->ctype.base_type;
	return t;
}

static int is_pointer(struct symbol *t)
{
	t = strip_node(t);
	return t && (t->type == SYM_PTR || t->type == SYM_ARRAY);
}

/* Size in bytes of what pointer type t points to (1 if unknown). */
static long long target_size(struct symbol *t)
{
	struct symbol *base;

	t = strip_node(t);
	if (!t || (t->type != SYM_PTR && t->type != SYM_ARRAY))
		return 1;
	base = strip_node(t->ctype.base_type);
	if (!base || base->bit_size <= 0)
		return 1;
	return bits_to_bytes(base->bit_size);
}

int w_const(struct expression *e, long long *v)
{
	if (!e)
		return 0;
	if (e->type == EXPR_VALUE) {
		*v = e->value;
		return 1;
	}
	if (!(e->flags & CEF_ICE) || !e->ctype)
		return 0;
	*v = get_expression_value_silent(e);
	return e->type == EXPR_VALUE;
}

static struct expression *strip_casts(struct expression *e)
{
	while (e && (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
		     e->type == EXPR_IMPLIED_CAST ||
		     (e->type == EXPR_PREOP && e->op == '(')))
		e = e->type == EXPR_PREOP ? e->unop : e->cast_expression;
	return e;
}

static int member_of(struct symbol *s, struct symbol *m)
{
	struct symbol *sub;
	int found = 0;

	s = strip_node(s);
	if (!s || (s->type != SYM_STRUCT && s->type != SYM_UNION))
		return 0;
	FOR_EACH_PTR(s->symbol_list, sub) {
		if (sub->ident && sub->ident == m->ident) {
			found = 1;
			break;
		}
		if (!sub->ident && member_of(sub, m)) {
			found = 1;
			break;
		}
	} END_FOR_EACH_PTR(sub);
	return found;
}

static int is_aggregate(struct symbol *t)
{
	t = strip_node(t);
	return t && (t->type == SYM_STRUCT || t->type == SYM_UNION);
}

/*
 * The member of s at byte offset off whose type is t (or an array of t, for
 * an array member that decayed); with t NULL, the struct or union member
 * there (a nested member access goes through its address).  Looks into
 * anonymous members.
 */
static struct symbol *member_at(struct symbol *s, long long off,
				struct symbol *t)
{
	struct symbol *m, *mt, *found = NULL;

	s = strip_node(s);
	if (!s || (s->type != SYM_STRUCT && s->type != SYM_UNION))
		return NULL;
	FOR_EACH_PTR(s->symbol_list, m) {
		if ((long long)m->offset > off)
			continue;
		if (!m->ident) {
			found = member_at(m, off - (long long)m->offset, t);
			if (found)
				break;
			continue;
		}
		if ((long long)m->offset != off)
			continue;
		mt = strip_node(m);
		if (t ? (mt == t || (mt && mt->type == SYM_ARRAY &&
				     strip_node(mt->ctype.base_type) == t))
		      : is_aggregate(mt)) {
			found = m;
			break;
		}
	} END_FOR_EACH_PTR(m);
	return found;
}

static struct symbol *pointed_struct(struct expression *e);

/* The member a lazily typed base + offset node (sparse's member access,
 * before '&' gave it a type) addresses, when it is a struct or union. */
static struct symbol *lazy_member(struct expression *add)
{
	struct symbol *s;

	if (add->type != EXPR_BINOP || add->op != '+' ||
	    add->right->type != EXPR_VALUE || add->ctype != &lazy_ptr_ctype)
		return NULL;
	s = pointed_struct(add->left);
	return s ? member_at(s, add->right->value, NULL) : NULL;
}

/* The struct or union the address expression e points at, if known. */
static struct symbol *pointed_struct(struct expression *e)
{
	struct symbol *t = NULL;

	if (e->ctype == &lazy_ptr_ctype) {
		if (e->type == EXPR_SYMBOL)
			t = e->symbol;
		else
			t = lazy_member(e);
	} else {
		t = strip_node(e->ctype);
		t = t && t->type == SYM_PTR ? t->ctype.base_type : NULL;
	}
	t = strip_node(t);
	return is_aggregate(t) ? t : NULL;
}

/*
 * add is base + offset made by sparse for a member access; member is the
 * member's symbol when the caller knows it (the '*' node's type).  Returns
 * the member's name, or NULL when add is ordinary pointer arithmetic.
 */
static struct ident *member_add(struct expression *add, struct symbol *member)
{
	struct symbol *s, *p, *m;

	if (add->type != EXPR_BINOP || add->op != '+' ||
	    add->right->type != EXPR_VALUE)
		return NULL;
	s = pointed_struct(add->left);
	if (add->ctype == &lazy_ptr_ctype) {
		if (member && member->type == SYM_NODE && member->ident) {
			if (s && !member_of(s, member))
				return NULL;
			return member->ident;
		}
		/* The base of a nested access: a.b.c, p->b.c */
		m = lazy_member(add);
		return m ? m->ident : NULL;
	}
	/* &p->f, or an array member that decayed: the type says which. */
	p = strip_node(add->ctype);
	if (!s || !p || p->type != SYM_PTR)
		return NULL;
	m = member_at(s, add->right->value, strip_node(p->ctype.base_type));
	return m ? m->ident : NULL;
}

static const struct pgc_value *unknown(struct walker *w)
{
	return pgc_val_unknown(w->tu);
}

/*
 * The index of p + i as written.  Sparse's evaluation scales a variable
 * index to bytes (i * sizeof(*p)); the value that names the element is i.
 */
static const struct pgc_value *w_scaled_index(struct walker *w,
					      struct expression *r,
					      long long scale)
{
	struct expression *s = strip_casts(r);
	long long k;

	if (scale > 1 && s->type == EXPR_BINOP && s->op == '*' &&
	    w_const(s->right, &k) && k == scale)
		return w_expr(w, s->left);
	return w_expr(w, r);
}

/* The array or pointer an index applies to: &a[0] is a, p stays p. */
static const struct pgc_value *index_base(struct walker *w,
					  const struct pgc_value *v)
{
	(void)w;
	return v->kind == PGC_V_ADDR ? v->base : v;
}

/* *u, where u may be a member address or base + scaled index.  Paths
 * through something that is not one (a compound literal) are unknown. */
static const struct pgc_value *w_deref(struct walker *w, struct expression *e)
{
	struct expression *u = e->unop;
	struct ident *member;
	const struct pgc_value *base, *idx;
	long long k;

	member = member_add(u, e->ctype);
	if (member) {
		base = w_expr(w, u->left);
		if (base->kind == PGC_V_UNKNOWN)
			return base;
		return pgc_val_field(w->tu, pgc_val_deref(w->tu, base),
				     show_ident(member));
	}
	if (u->type == EXPR_BINOP && (u->op == '+' || u->op == '-') &&
	    is_pointer(u->left->ctype)) {
		base = index_base(w, w_expr(w, u->left));
		if (w_const(u->right, &k)) {
			if (base->kind == PGC_V_UNKNOWN)
				return base;
			k /= target_size(u->left->ctype);
			return pgc_val_index(w->tu, base, u->op == '-' ? -k : k,
					     1);
		}
		idx = w_scaled_index(w, u->right,
				     target_size(u->left->ctype));
		if (base->kind == PGC_V_UNKNOWN)
			return base;
		if (u->op == '-')
			return pgc_val_index(w->tu, base, 0, 0);
		return pgc_val_index_value(w->tu, base, idx);
	}
	base = w_expr(w, u);
	if (base->kind == PGC_V_UNKNOWN)
		return base;
	return pgc_val_deref(w->tu, base);
}

static const struct pgc_value *w_add(struct walker *w, struct expression *e)
{
	const struct pgc_value *l, *r;
	struct ident *member;
	long long scale = 1, k;

	member = member_add(e, NULL);
	if (member) {
		l = w_expr(w, e->left);
		if (l->kind == PGC_V_UNKNOWN)
			return l;
		return pgc_val_addr(w->tu, pgc_val_field(w->tu,
				pgc_val_deref(w->tu, l), show_ident(member)));
	}
	l = w_expr(w, e->left);
	if (is_pointer(e->ctype))
		scale = target_size(e->ctype);
	if (is_pointer(e->ctype) && is_pointer(e->left->ctype) &&
	    e->op == '+' && !w_const(e->right, &k))
		r = w_scaled_index(w, e->right, scale);
	else
		r = w_expr(w, e->right);
	/*
	 * Pointer arithmetic is indexing: p + k is &p[k] (as the clang front
	 * end writes it), and on the address of an array a, &a[k].
	 */
	if (is_pointer(e->ctype) && is_pointer(e->left->ctype)) {
		if (l->kind == PGC_V_UNKNOWN)
			return unknown(w);
		if (r->kind == PGC_V_CONST)
			return pgc_val_addr(w->tu, pgc_val_index(w->tu,
				index_base(w, l),
				(e->op == '-' ? -r->num : r->num) / scale, 1));
		/*
		 * p + i keeps i as the index: &vmemmap[pmd_pfn(e)], what
		 * pmd_page(e) and pfn_to_page() expand to, is the page of
		 * that pfn.
		 */
		if (e->op == '+')
			return pgc_val_addr(w->tu, pgc_val_index_value(w->tu,
					    index_base(w, l), r));
		return pgc_val_addr(w->tu,
				    pgc_val_index(w->tu, index_base(w, l), 0, 0));
	}
	if (r->kind == PGC_V_CONST && l->kind != PGC_V_UNKNOWN)
		return pgc_val_add(w->tu, l, e->op == '-' ? -r->num : r->num);
	if (e->op == '+' && l->kind == PGC_V_CONST &&
	    r->kind != PGC_V_UNKNOWN)
		return pgc_val_add(w->tu, r, l->num / scale);
	return unknown(w);
}

static const struct pgc_value *w_assign(struct walker *w, struct expression *e)
{
	const struct pgc_value *l, *r;
	struct pgc_pos pos = ir_pos(w->tu, e->pos);

	r = w_expr(w, e->right);
	l = w_expr(w, e->left);
	switch (e->op) {
	case '=':
		break;
	case SPECIAL_ADD_ASSIGN:
	case SPECIAL_SUB_ASSIGN:
		if (r->kind == PGC_V_CONST && !is_pointer(e->left->ctype)) {
			r = pgc_val_add(w->tu, l, e->op == SPECIAL_ADD_ASSIGN ?
					r->num : -r->num);
			break;
		}
		/* fall through */
	default:
		r = unknown(w);
	}
	pgc_ev_assign(w->tu, w_block(w), pos, l, r);
	return l;
}

static const struct pgc_value *w_incdec(struct walker *w,
					struct expression *e, int pre)
{
	const struct pgc_value *l = w_expr(w, e->unop), *r;
	long long step = e->op == SPECIAL_DECREMENT ? -1 : 1;

	if (l->kind == PGC_V_UNKNOWN)
		r = l;
	else if (is_pointer(e->unop->ctype))	/* p++ is p = &p[1] */
		r = pgc_val_addr(w->tu, pgc_val_index(w->tu, l, step, 1));
	else
		r = pgc_val_add(w->tu, l, step);
	pgc_ev_assign(w->tu, w_block(w), ir_pos(w->tu, e->pos), l, r);
	return pre ? l : unknown(w);
}

/* Identifier names are not NUL-terminated: compare with the length. */
static int ident_is(const struct ident *id, const char *name)
{
	return id && id->len == strlen(name) && !memcmp(id->name, name, id->len);
}

/* The compiler's own functions (__builtin_*, __atomic_*, __sync_*). */
static int is_builtin(struct symbol *fn)
{
	return fn && (fn->builtin || (fn->ident && fn->ident->len > 10 &&
				      !memcmp(fn->ident->name, "__builtin_", 10)));
}

static int is_builtin_expect(struct symbol *fn)
{
	return fn && ident_is(fn->ident, "__builtin_expect");
}

/* __attribute__((noreturn)), or the compiler's own unreachable and trap. */
static int is_noreturn(struct symbol *fn)
{
	struct symbol *def;

	if (!fn)
		return 0;
	def = fn->definition ? fn->definition : fn;
	if ((fn->ctype.modifiers | def->ctype.modifiers) & MOD_NORETURN)
		return 1;
	if (fn->ctype.base_type &&
	    (fn->ctype.base_type->ctype.modifiers & MOD_NORETURN))
		return 1;
	return ident_is(fn->ident, "__builtin_unreachable") ||
	       ident_is(fn->ident, "__builtin_trap");
}

static struct expression *first_arg(struct expression *call)
{
	struct expression *arg;

	FOR_EACH_PTR(call->args, arg) {
		return arg;
	} END_FOR_EACH_PTR(arg);
	return NULL;
}

static const struct pgc_value *w_call(struct walker *w, struct expression *e)
{
	struct symbol *fn = call_target(e);
	const struct pgc_value *argv[16], **args = argv;
	unsigned int n = 0, cap = 16, id;
	struct expression *arg;
	const char *callee = NULL;

	if (is_builtin_expect(fn))
		return w_expr(w, first_arg(e));
	if (!fn)
		w_expr(w, e->fn);
	FOR_EACH_PTR(e->args, arg) {
		if (n == cap) {
			const struct pgc_value **more;

			cap *= 2;
			more = xrealloc(args == argv ? NULL : args,
					cap * sizeof(*args));
			if (args == argv)
				memcpy(more, argv, sizeof(argv));
			args = more;
		}
		args[n++] = w_expr(w, arg);
	} END_FOR_EACH_PTR(arg);
	if (is_builtin(fn)) {
		if (args != argv)
			free(args);
		if (is_noreturn(fn))
			w->cur = NULL;
		return unknown(w);
	}
	if (fn) {
		if (fn_body_symbol(fn))
			fn_queue_push(w->queue, fn);
		callee = pgc_intern(w->tu, show_ident(fn->ident));
	}
	id = pgc_ev_call(w->tu, w->fn, w_block(w), ir_pos(w->tu, e->fn->pos),
			 callee, NULL, n, args);
	if (args != argv)
		free(args);
	/* Nothing follows a call that does not return (panic(), BUG()). */
	if (is_noreturn(fn))
		w->cur = NULL;
	return pgc_val_call(w->tu, id);
}

/* ({ ...; value; }) */
static const struct pgc_value *w_stmt_expr(struct walker *w,
					   struct expression *e)
{
	struct statement *s = e->statement, *sub, *last = NULL;
	const struct pgc_value *v;

	if (!s || s->type != STMT_COMPOUND) {
		w_stmt(w, s);
		return unknown(w);
	}
	w_open_scope(w, s);
	FOR_EACH_PTR(s->stmts, sub) {
		if (last)
			w_stmt(w, last);
		last = sub;
	} END_FOR_EACH_PTR(sub);
	if (last && last->type == STMT_EXPRESSION) {
		v = w_expr(w, last->expression);
	} else {
		w_stmt(w, last);
		v = unknown(w);
	}
	w_close_scope(w, s, s->pos);
	return v;
}

/* Does evaluating e emit anything (calls, assignments, jumps)? */
static int has_events(struct expression *e)
{
	if (!e)
		return 0;
	switch (e->type) {
	case EXPR_CALL:
	case EXPR_ASSIGNMENT:
	case EXPR_STATEMENT:
	case EXPR_POSTOP:
		return 1;
	case EXPR_PREOP:
		if (e->op == SPECIAL_INCREMENT || e->op == SPECIAL_DECREMENT)
			return 1;
		return has_events(e->unop);
	case EXPR_BINOP:
	case EXPR_COMMA:
	case EXPR_COMPARE:
	case EXPR_LOGICAL:
		return has_events(e->left) || has_events(e->right);
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		return has_events(e->conditional) ||
		       has_events(e->cond_true) || has_events(e->cond_false);
	case EXPR_CAST:
	case EXPR_FORCE_CAST:
	case EXPR_IMPLIED_CAST:
		return has_events(e->cast_expression);
	case EXPR_SLICE:
		return has_events(e->base);
	default:
		return 0;
	}
}

/* 1, or ({ __acquire(x); 1; }): a true value with no events. */
static int is_plain_true(struct expression *e)
{
	struct statement *s, *sub, *last = NULL;
	long long k;

	if (!e)
		return 0;
	if (e->type != EXPR_STATEMENT)
		return w_const(e, &k) && k == 1;
	s = e->statement;
	if (!s || s->type != STMT_COMPOUND)
		return 0;
	FOR_EACH_PTR(s->stmts, sub) {
		if (last && last->type != STMT_CONTEXT &&
		    last->type != STMT_NONE)
			return 0;
		last = sub;
	} END_FOR_EACH_PTR(sub);
	return last && last->type == STMT_EXPRESSION &&
	       w_const(last->expression, &k) && k == 1;
}

static const struct pgc_value *w_select(struct walker *w, struct expression *e)
{
	const struct pgc_value *vt, *vf;
	unsigned int t, f, join;
	long long k;

	/*
	 * c ? 1 : 0 has the truth of c.  Under sparse, the kernel's
	 * __cond_lock(x, c) is c ? ({ __acquire(x); 1; }) : 0: a trylock
	 * wrapper returns its trylock's result.
	 */
	if (is_plain_true(e->cond_true) && w_const(e->cond_false, &k) && !k)
		return w_expr(w, e->conditional);

	if (!has_events(e->cond_true) && !has_events(e->cond_false)) {
		w_expr(w, e->conditional);
		return unknown(w);
	}
	t = w_new_block(w)->id;
	f = w_new_block(w)->id;
	join = w_new_block(w)->id;
	w_cond(w, e->conditional, t, f);
	w->cur = w->fn->blocks[t];
	vt = e->cond_true ? w_expr(w, e->cond_true) : unknown(w);
	w_jump(w, join);
	w->cur = w->fn->blocks[f];
	vf = w_expr(w, e->cond_false);
	w_start(w, join);
	if (vt->kind == PGC_V_CONST && vf->kind == PGC_V_CONST &&
	    vt->num == vf->num)
		return vt;
	return unknown(w);
}

static const struct pgc_value *w_logical_value(struct walker *w,
					       struct expression *e)
{
	unsigned int t, join;

	if (!has_events(e->right)) {
		w_expr(w, e->left);
		return unknown(w);
	}
	t = w_new_block(w)->id;
	join = w_new_block(w)->id;
	w_cond(w, e, t, join);
	w_start(w, t);
	w_start(w, join);
	return unknown(w);
}

const struct pgc_value *w_expr(struct walker *w, struct expression *e)
{
	struct expression *sub;
	long long k;

	if (!e)
		return unknown(w);
	if (w_const(e, &k))
		return pgc_val_const(w->tu, k);
	switch (e->type) {
	case EXPR_SYMBOL:
		/* Functions, string literals and compound literals (sparse's
		 * anonymous symbols) are not access paths. */
		if (!e->symbol || !e->symbol->ident ||
		    (e->symbol->ctype.base_type &&
		     e->symbol->ctype.base_type->type == SYM_FN))
			return unknown(w);
		return pgc_val_addr(w->tu,
				    pgc_val_var(w->tu, w_var_name(w, e->symbol)));
	case EXPR_PREOP:
		switch (e->op) {
		case '*':
			return w_deref(w, e);
		case '&':
			return pgc_val_addr(w->tu, w_expr(w, e->unop));
		case '(':
			return w_expr(w, e->unop);
		case SPECIAL_INCREMENT:
		case SPECIAL_DECREMENT:
			return w_incdec(w, e, 1);
		default:
			w_expr(w, e->unop);
			return unknown(w);
		}
	case EXPR_POSTOP:
		return w_incdec(w, e, 0);
	case EXPR_BINOP:
		if (e->op == '+' || e->op == '-')
			return w_add(w, e);
		w_expr(w, e->left);
		w_expr(w, e->right);
		return unknown(w);
	case EXPR_COMPARE:
		w_expr(w, e->left);
		w_expr(w, e->right);
		return unknown(w);
	case EXPR_LOGICAL:
		return w_logical_value(w, e);
	case EXPR_ASSIGNMENT:
		return w_assign(w, e);
	case EXPR_CALL:
		return w_call(w, e);
	case EXPR_CAST:
	case EXPR_FORCE_CAST:
	case EXPR_IMPLIED_CAST:
		return w_expr(w, e->cast_expression);
	case EXPR_STATEMENT:
		return w_stmt_expr(w, e);
	case EXPR_COMMA:
		w_expr(w, e->left);
		return w_expr(w, e->right);
	case EXPR_CONDITIONAL:
	case EXPR_SELECT:
		return w_select(w, e);
	case EXPR_DEREF:
		return pgc_val_field(w->tu, w_expr(w, e->deref),
				     show_ident(e->member));
	case EXPR_INITIALIZER:
		FOR_EACH_PTR(e->expr_list, sub) {
			w_expr(w, sub);
		} END_FOR_EACH_PTR(sub);
		return unknown(w);
	case EXPR_POS:
		w_expr(w, e->init_expr);
		return unknown(w);
	case EXPR_SLICE:
		w_expr(w, e->base);
		return unknown(w);
	default:
		return unknown(w);
	}
}

static void branch(struct walker *w, const struct pgc_value *v,
		   unsigned int t, unsigned int f)
{
	struct pgc_block *b = w_block(w);

	if (v->kind == PGC_V_CONST)
		pgc_block_add_succ(w->tu, b, v->num ? t : f);
	else if (t == f)
		pgc_block_add_succ(w->tu, b, t);
	else
		pgc_block_set_branch(w->tu, b, v, t, f);
	w->cur = NULL;
}

static int is_zero(struct expression *e)
{
	long long k;

	return w_const(e, &k) && k == 0;
}

void w_cond(struct walker *w, struct expression *e, unsigned int t,
	    unsigned int f)
{
	unsigned int mid;
	long long k;

	e = strip_casts(e);
	if (!e) {
		branch(w, unknown(w), t, f);
		return;
	}
	if (w_const(e, &k)) {
		branch(w, pgc_val_const(w->tu, k), t, f);
		return;
	}
	switch (e->type) {
	case EXPR_PREOP:
		if (e->op == '!') {
			w_cond(w, e->unop, f, t);
			return;
		}
		break;
	case EXPR_LOGICAL:
		mid = w_new_block(w)->id;
		if (e->op == SPECIAL_LOGICAL_AND)
			w_cond(w, e->left, mid, f);
		else
			w_cond(w, e->left, t, mid);
		w->cur = w->fn->blocks[mid];
		w_cond(w, e->right, t, f);
		return;
	case EXPR_COMPARE:
		if (e->op != SPECIAL_EQUAL && e->op != SPECIAL_NOTEQUAL)
			break;
		if (is_zero(e->right) || is_zero(e->left)) {
			struct expression *x = is_zero(e->right) ? e->left :
								   e->right;

			if (e->op == SPECIAL_EQUAL)
				w_cond(w, x, f, t);
			else
				w_cond(w, x, t, f);
			return;
		}
		break;
	case EXPR_CONDITIONAL:
	case EXPR_SELECT: {
		unsigned int ta = w_new_block(w)->id;
		unsigned int fb = w_new_block(w)->id;

		w_cond(w, e->conditional, ta, fb);
		w->cur = w->fn->blocks[ta];
		if (e->cond_true)
			w_cond(w, e->cond_true, t, f);
		else
			w_jump(w, t);
		w->cur = w->fn->blocks[fb];
		w_cond(w, e->cond_false, t, f);
		return;
	}
	case EXPR_COMMA:
		w_expr(w, e->left);
		w_cond(w, e->right, t, f);
		return;
	case EXPR_CALL:
		if (is_builtin_expect(call_target(e))) {
			w_cond(w, first_arg(e), t, f);
			return;
		}
		break;
	default:
		break;
	}
	branch(w, w_expr(w, e), t, f);
}
