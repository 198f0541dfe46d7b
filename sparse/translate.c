// SPDX-License-Identifier: GPL-2.0
/* One function's body to the IR; annotations; the queue of callees. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "walker.h"
#include "evaluate.h"

/* The context names include/pgcheck/annotations.h gives sparse. */
#define NOALLOC_CONTEXT		"pgcheck_noalloc"
#define MAY_ALLOC_CONTEXT	"pgcheck_may_alloc"

static unsigned int ptr_hash(const void *p, unsigned int cap)
{
	uintptr_t v = (uintptr_t)p;

	v ^= v >> 17;
	v *= 0x9e3779b97f4a7c15ull;
	return (unsigned int)(v >> 32) & (cap - 1);
}

/* Add fn to the set; 0 if it was there already. */
static int seen_add(struct fn_queue *q, struct symbol *fn)
{
	unsigned int i;

	if (2 * (q->n + 1) > q->seen_cap) {
		struct symbol **old = q->seen;
		unsigned int oldcap = q->seen_cap, j;

		q->seen_cap = oldcap ? 2 * oldcap : 64;
		q->seen = xrealloc(NULL, q->seen_cap * sizeof(*q->seen));
		memset(q->seen, 0, q->seen_cap * sizeof(*q->seen));
		for (j = 0; j < oldcap; j++) {
			if (!old[j])
				continue;
			i = ptr_hash(old[j], q->seen_cap);
			while (q->seen[i])
				i = (i + 1) & (q->seen_cap - 1);
			q->seen[i] = old[j];
		}
		free(old);
	}
	for (i = ptr_hash(fn, q->seen_cap); q->seen[i];
	     i = (i + 1) & (q->seen_cap - 1))
		if (q->seen[i] == fn)
			return 0;
	q->seen[i] = fn;
	return 1;
}

void fn_queue_push(struct fn_queue *q, struct symbol *fn)
{
	if (!seen_add(q, fn))
		return;
	GROW(q->items, q->n, q->cap);
	q->items[q->n++] = fn;
}

void fn_queue_free(struct fn_queue *q)
{
	free(q->items);
	free(q->seen);
	memset(q, 0, sizeof(*q));
}

struct pgc_pos ir_pos(struct pgc_tu *tu, struct position pos)
{
	static struct pgc_tu *last_tu;
	static int last_stream = -1;
	static const char *last_name;

	if (pos.type == TOKEN_BAD || pos.stream < 0)
		return pgc_pos_make(tu, NULL, 0, 0);
	if (tu != last_tu || pos.stream != last_stream) {
		last_tu = tu;
		last_stream = pos.stream;
		last_name = pgc_intern(tu, stream_name(pos.stream));
	}
	return pgc_pos_make(tu, last_name, pos.line, pos.pos);
}

static unsigned int context_annotations(struct context_list *list)
{
	struct context *c;
	unsigned int attrs = 0;

	FOR_EACH_PTR(list, c) {
		struct expression *e = c->context;
		struct ident *id = NULL;

		if (!e || c->in || c->out)
			continue;
		if (e->type == EXPR_SYMBOL)
			id = e->symbol_name;
		else if (e->type == EXPR_IDENTIFIER)
			id = e->expr_ident;
		if (!id)
			continue;
		if (!strcmp(show_ident(id), NOALLOC_CONTEXT))
			attrs |= PGC_FN_NOALLOC;
		else if (!strcmp(show_ident(id), MAY_ALLOC_CONTEXT))
			attrs |= PGC_FN_MAY_ALLOC;
	} END_FOR_EACH_PTR(c);
	return attrs;
}

unsigned int sym_annotations(struct symbol *sym)
{
	unsigned int attrs = 0;
	struct symbol *s;

	/* Every declaration of the function: the prototype may carry the
	 * annotation and the definition not, or the other way round. */
	for (s = sym; s; s = s->same_symbol) {
		struct symbol *t;

		attrs |= context_annotations(s->ctype.contexts);
		/*
		 * In `__pgcheck_noalloc void *f(void)` the attribute is a
		 * declaration specifier, and sparse hands the specifiers'
		 * contexts on to the pointer declarator: it lands on the
		 * return type.
		 */
		for (t = s->ctype.base_type; t; t = t->ctype.base_type) {
			attrs |= context_annotations(t->ctype.contexts);
			if (t->type == SYM_FN)
				continue;
			if (t->type != SYM_PTR && t->type != SYM_NODE)
				break;
		}
	}
	if (sym->definition && sym->definition != sym)
		attrs |= context_annotations(sym->definition->ctype.contexts);
	return attrs;
}

/*
 * Diagnostics of an evaluation plain sparse would not make are not shown:
 * sparse reports problems in an inline body when it inlines it (in its own
 * pass, after the walk), so showing them here too would print them twice.
 */
struct quiet {
	int saved_fd;
	int has_error, die_if_error;
};

static void quiet_begin(struct quiet *q)
{
	int null = open("/dev/null", O_WRONLY);

	fflush(stderr);
	q->has_error = has_error;
	q->die_if_error = die_if_error;
	q->saved_fd = null >= 0 ? dup(STDERR_FILENO) : -1;
	if (q->saved_fd >= 0)
		dup2(null, STDERR_FILENO);
	if (null >= 0)
		close(null);
}

static void quiet_end(struct quiet *q)
{
	fflush(stderr);
	if (q->saved_fd >= 0) {
		dup2(q->saved_fd, STDERR_FILENO);
		close(q->saved_fd);
	}
	has_error = q->has_error;
	die_if_error = q->die_if_error;
}

/*
 * sparse evaluates the bodies of the file's own functions; a static inline
 * from a header gets a body of its own (uninline()) only when evaluated,
 * which plain sparse does for the copies it inlines.  Evaluate the one the
 * walk needs, the way evaluate_symbol() does for the file's functions.
 */
struct symbol *fn_body_symbol(struct symbol *fn)
{
	struct symbol *def = fn->definition ? fn->definition : fn;
	struct symbol *base = def->ctype.base_type;
	struct symbol_list *one = NULL;

	if (!base || base->type != SYM_FN)
		return NULL;
	if (!base->stmt && base->inline_stmt && fn->definition) {
		struct quiet q;

		quiet_begin(&q);
		def->evaluated = 0;
		add_symbol(&one, def);
		evaluate_symbol_list(one);
		free_ptr_list(&one);
		quiet_end(&q);
	}
	return base->stmt ? def : NULL;
}

static void walker_free(struct walker *w)
{
	unsigned int i;

	for (i = 0; i < w->ntargets; i++)
		free(w->targets[i].scopes);
	free(w->targets);
	free(w->scopes);
	free(w->cleanups);
	free(w->names);
}

int translate_function(struct pgc_tu *tu, struct symbol *fn,
		       struct fn_queue *q)
{
	struct symbol *def = fn_body_symbol(fn), *arg;
	struct symbol *base;
	struct walker w;
	const char *name;

	if (!def || !def->ident)
		return -1;
	base = def->ctype.base_type;
	/* show_ident() rotates four static buffers: keep a copy. */
	name = pgc_intern(tu, show_ident(def->ident));
	pgc_func_declare(tu, name, sym_annotations(fn) | sym_annotations(def));
	memset(&w, 0, sizeof(w));
	w.tu = tu;
	w.queue = q;
	w.fn = pgc_func_define(tu, name, ir_pos(tu, def->pos));
	if (!w.fn)
		return -1;
	FOR_EACH_PTR(base->arguments, arg) {
		pgc_func_add_param(tu, w.fn, w_var_name(&w, arg));
	} END_FOR_EACH_PTR(arg);
	w.cur = w_new_block(&w);		/* block 0: entry */
	w_note_label_scopes(&w, base->stmt);
	w_stmt(&w, base->stmt);
	if (w.cur)
		pgc_ev_return(tu, w.cur, ir_pos(tu, def->endpos), NULL);
	walker_free(&w);
	return 0;
}
