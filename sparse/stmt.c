// SPDX-License-Identifier: GPL-2.0
/*
 * Statements to blocks: the control-flow graph of one function, built from
 * sparse's evaluated AST (if/else, loops, switch, goto and labels, return,
 * break/continue, which sparse represents as gotos to per-statement label
 * symbols).
 */
#include <stdlib.h>
#include <string.h>

#include "walker.h"

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size);
	if (!p)
		die("pgcheck-sparse: out of memory");
	return p;
}

struct pgc_block *w_new_block(struct walker *w)
{
	return pgc_block_new(w->tu, w->fn);
}

struct pgc_block *w_block(struct walker *w)
{
	if (!w->cur)
		w->cur = w_new_block(w);
	return w->cur;
}

void w_jump(struct walker *w, unsigned int to)
{
	if (w->cur)
		pgc_block_add_succ(w->tu, w->cur, to);
	w->cur = NULL;
}

/* Continue in block id, falling through into it from the current block. */
void w_start(struct walker *w, unsigned int id)
{
	if (w->cur && w->cur->id != id)
		pgc_block_add_succ(w->tu, w->cur, id);
	w->cur = w->fn->blocks[id];
}

struct jump_target *w_target(struct walker *w, struct symbol *label)
{
	unsigned int i;
	struct jump_target *t;

	for (i = 0; i < w->ntargets; i++)
		if (w->targets[i].label == label)
			return &w->targets[i];
	GROW(w->targets, w->ntargets, w->targets_cap);
	t = &w->targets[w->ntargets++];
	memset(t, 0, sizeof(*t));
	t->label = label;
	t->block = w_new_block(w)->id;
	return t;
}

static void set_target_scopes(struct walker *w, struct jump_target *t,
			      struct statement **scopes, unsigned int n)
{
	free(t->scopes);
	t->scopes = xrealloc(NULL, (n ? n : 1) * sizeof(*scopes));
	memcpy(t->scopes, scopes, n * sizeof(*scopes));
	t->nscopes = n;
	t->scopes_known = 1;
	(void)w;
}

/*
 * Which scopes enclose each user label: a goto leaving a scope runs the
 * cleanups of that scope, one staying inside it does not.
 */
struct label_walk {
	struct statement **stack;
	unsigned int n, cap;
};

static void note_labels(struct walker *w, struct label_walk *lw,
			struct statement *s)
{
	struct statement *sub;

	if (!s)
		return;
	switch (s->type) {
	case STMT_COMPOUND:
		GROW(lw->stack, lw->n, lw->cap);
		lw->stack[lw->n++] = s;
		FOR_EACH_PTR(s->stmts, sub) {
			note_labels(w, lw, sub);
		} END_FOR_EACH_PTR(sub);
		lw->n--;
		break;
	case STMT_LABEL:
		set_target_scopes(w, w_target(w, s->label_identifier),
				  lw->stack, lw->n);
		note_labels(w, lw, s->label_statement);
		break;
	case STMT_IF:
		note_labels(w, lw, s->if_true);
		note_labels(w, lw, s->if_false);
		break;
	case STMT_ITERATOR:
		GROW(lw->stack, lw->n, lw->cap);
		lw->stack[lw->n++] = s;
		note_labels(w, lw, s->iterator_pre_statement);
		note_labels(w, lw, s->iterator_statement);
		note_labels(w, lw, s->iterator_post_statement);
		lw->n--;
		break;
	case STMT_SWITCH:
		note_labels(w, lw, s->switch_statement);
		break;
	case STMT_CASE:
		note_labels(w, lw, s->case_statement);
		break;
	default:
		break;
	}
}

void w_note_label_scopes(struct walker *w, struct statement *body)
{
	struct label_walk lw = { NULL, 0, 0 };

	note_labels(w, &lw, body);
	free(lw.stack);
}

/* A break or continue target: inside every scope open now. */
static struct jump_target *scoped_target(struct walker *w, struct symbol *label)
{
	struct jump_target *t = w_target(w, label);

	set_target_scopes(w, t, w->scopes, w->nscopes);
	return t;
}

static void w_return(struct walker *w, struct statement *s)
{
	const struct pgc_value *v = NULL;

	if (s->ret_value)
		v = w_expr(w, s->ret_value);
	w_unwind_all(w, s->pos);
	pgc_ev_return(w->tu, w_block(w), ir_pos(w->tu, s->pos), v);
	w->cur = NULL;
}

static void w_if(struct walker *w, struct statement *s)
{
	unsigned int t = w_new_block(w)->id;
	unsigned int f = w_new_block(w)->id;
	unsigned int join;

	w_cond(w, s->if_conditional, t, f);
	w->cur = w->fn->blocks[t];
	w_stmt(w, s->if_true);
	if (!s->if_false) {
		w_start(w, f);
		return;
	}
	join = w_new_block(w)->id;
	w_jump(w, join);
	w->cur = w->fn->blocks[f];
	w_stmt(w, s->if_false);
	w_start(w, join);
}

static void w_decl(struct walker *w, struct symbol_list *decls);

/* for, while and do-while, laid out as sparse's linearize_iterator(). */
static void w_loop(struct walker *w, struct statement *s)
{
	struct jump_target *brk, *cont;
	unsigned int body, top = 0, brk_id;
	int has_top = 0;

	w_open_scope(w, s);
	/* for (decl; ...): scoped_guard() declares its guard here. */
	w_decl(w, s->iterator_syms);
	w_stmt(w, s->iterator_pre_statement);
	brk = scoped_target(w, s->iterator_break);
	brk_id = brk->block;
	cont = scoped_target(w, s->iterator_continue);
	body = w_new_block(w)->id;
	if (s->iterator_pre_condition) {
		top = w_new_block(w)->id;
		has_top = 1;
		w_start(w, top);
		w_cond(w, s->iterator_pre_condition, body, brk_id);
	}
	w_start(w, body);
	w_stmt(w, s->iterator_statement);
	w_start(w, w_target(w, s->iterator_continue)->block);
	(void)cont;
	w_stmt(w, s->iterator_post_statement);
	if (s->iterator_post_condition)
		w_cond(w, s->iterator_post_condition, body, brk_id);
	else
		w_jump(w, has_top ? top : body);
	w_start(w, brk_id);
	w_close_scope(w, s, s->pos);
}

static void w_switch(struct walker *w, struct statement *s)
{
	struct jump_target *brk;
	struct symbol *sym;
	struct pgc_block *head;
	int has_default = 0;

	w_expr(w, s->switch_expression);
	head = w_block(w);
	brk = scoped_target(w, s->switch_break);
	/* Case labels sit inside the switch body's scopes; jumping to them
	 * leaves none. */
	FOR_EACH_PTR(s->switch_case->symbol_list, sym) {
		struct jump_target *t = w_target(w, sym);

		pgc_block_add_succ(w->tu, head, t->block);
		if (sym->stmt && !sym->stmt->case_expression)
			has_default = 1;
	} END_FOR_EACH_PTR(sym);
	if (!has_default)
		pgc_block_add_succ(w->tu, head, brk->block);
	w->cur = NULL;
	w_stmt(w, s->switch_statement);
	w_start(w, w_target(w, s->switch_break)->block);
}

static void w_goto(struct walker *w, struct statement *s)
{
	struct jump_target *t;
	struct symbol *sym;

	if (s->goto_label) {
		t = w_target(w, s->goto_label);
		w_unwind_to(w, t, s->pos);
		w_jump(w, t->block);
		return;
	}
	/* Computed goto: any label whose address was taken. */
	w_expr(w, s->goto_expression);
	w_block(w);
	FOR_EACH_PTR(s->target_list, sym) {
		pgc_block_add_succ(w->tu, w->cur, w_target(w, sym)->block);
	} END_FOR_EACH_PTR(sym);
	w->cur = NULL;
}

static void w_decl(struct walker *w, struct symbol_list *decls)
{
	struct symbol *sym;

	FOR_EACH_PTR(decls, sym) {
		const struct pgc_value *v;

		if (!sym->initializer || (sym->ctype.modifiers & MOD_STATIC))
			continue;
		if (sym->ctype.base_type && sym->ctype.base_type->type == SYM_FN)
			continue;
		v = w_expr(w, sym->initializer);
		pgc_ev_assign(w->tu, w_block(w), ir_pos(w->tu, sym->pos),
			      pgc_val_var(w->tu, w_var_name(w, sym)), v);
		w_maybe_cleanup(w, sym);
	} END_FOR_EACH_PTR(sym);
}

static void w_asm(struct walker *w, struct statement *s)
{
	struct symbol *sym;
	struct pgc_block *b;

	if (!s->asm_labels)
		return;
	/* asm goto: may continue at any of its labels. */
	b = w_block(w);
	FOR_EACH_PTR(s->asm_labels, sym) {
		pgc_block_add_succ(w->tu, b, w_target(w, sym)->block);
	} END_FOR_EACH_PTR(sym);
	w->cur = w_new_block(w);
	pgc_block_add_succ(w->tu, b, w->cur->id);
}

void w_stmt(struct walker *w, struct statement *s)
{
	struct statement *sub;

	if (!s)
		return;
	switch (s->type) {
	case STMT_EXPRESSION:
		w_expr(w, s->expression);
		break;
	case STMT_DECLARATION:
		w_decl(w, s->declaration);
		break;
	case STMT_COMPOUND:
		w_open_scope(w, s);
		FOR_EACH_PTR(s->stmts, sub) {
			w_stmt(w, sub);
		} END_FOR_EACH_PTR(sub);
		w_close_scope(w, s, s->pos);
		break;
	case STMT_IF:
		w_if(w, s);
		break;
	case STMT_RETURN:
		w_return(w, s);
		break;
	case STMT_ITERATOR:
		w_loop(w, s);
		break;
	case STMT_SWITCH:
		w_switch(w, s);
		break;
	case STMT_CASE:
		w_start(w, w_target(w, s->case_label)->block);
		w_stmt(w, s->case_statement);
		break;
	case STMT_LABEL:
		w_start(w, w_target(w, s->label_identifier)->block);
		w_stmt(w, s->label_statement);
		break;
	case STMT_GOTO:
		w_goto(w, s);
		break;
	case STMT_ASM:
		w_asm(w, s);
		break;
	default:
		/* STMT_NONE, STMT_CONTEXT (__acquire/__release: sparse's own
		 * lock checking), STMT_RANGE: no events. */
		break;
	}
}
