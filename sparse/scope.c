// SPDX-License-Identifier: GPL-2.0
/*
 * Scopes, scoped cleanups and local names.
 *
 * Sparse 0.6.4 drops __attribute__((cleanup(f))), so the cleanup of a
 * guard()/scoped_guard() variable is recognised from <linux/cleanup.h>'s
 * own naming: a variable initialised by class_NAME_constructor(...) is
 * destroyed by class_NAME_destructor(&var) when its scope ends, which is
 * what the attribute says in the source.  The destructor must be a function
 * of the translation unit, so a look-alike name alone is not enough.
 */
#include <stdio.h>
#include <string.h>

#include "walker.h"

#define CLASS_PREFIX	"class_"
#define CTOR_SUFFIX	"_constructor"
#define DTOR_SUFFIX	"_destructor"

void w_open_scope(struct walker *w, struct statement *scope)
{
	GROW(w->scopes, w->nscopes, w->scopes_cap);
	w->scopes[w->nscopes++] = scope;
}

static void emit_cleanup(struct walker *w, struct cleanup *c,
			 struct position pos)
{
	const struct pgc_value *arg;
	struct pgc_block *b = w_block(w);

	arg = pgc_val_addr(w->tu, pgc_val_var(w->tu, w_var_name(w, c->var)));
	pgc_ev_call(w->tu, w->fn, b, ir_pos(w->tu, pos), c->destructor, NULL,
		    1, &arg);
	pgc_ev_call_flags(b, PGC_EVF_CLEANUP);
}

void w_close_scope(struct walker *w, struct statement *scope,
		   struct position pos)
{
	while (w->ncleanups && w->cleanups[w->ncleanups - 1].scope == scope) {
		struct cleanup *c = &w->cleanups[--w->ncleanups];

		if (w->cur)
			emit_cleanup(w, c, pos);
	}
	if (w->nscopes && w->scopes[w->nscopes - 1] == scope)
		w->nscopes--;
}

static int encloses(const struct jump_target *t, const struct statement *scope)
{
	unsigned int i;

	for (i = 0; i < t->nscopes; i++)
		if (t->scopes[i] == scope)
			return 1;
	return 0;
}

/* Run the cleanups of every scope a jump to t leaves. */
void w_unwind_to(struct walker *w, struct jump_target *t, struct position pos)
{
	unsigned int i = w->ncleanups;

	if (!w->cur)
		return;
	while (i--) {
		struct cleanup *c = &w->cleanups[i];

		if (t->scopes_known && encloses(t, c->scope))
			break;
		emit_cleanup(w, c, pos);
	}
}

void w_unwind_all(struct walker *w, struct position pos)
{
	unsigned int i = w->ncleanups;

	if (!w->cur)
		return;
	while (i--)
		emit_cleanup(w, &w->cleanups[i], pos);
}

static int has_suffix(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n > k && !memcmp(s + n - k, suffix, k);
}

static struct expression *strip_casts(struct expression *e)
{
	while (e && (e->type == EXPR_CAST || e->type == EXPR_FORCE_CAST ||
		     e->type == EXPR_IMPLIED_CAST))
		e = e->cast_expression;
	return e;
}

struct symbol *call_target(struct expression *call)
{
	struct expression *fn = strip_casts(call->fn);

	if (fn && fn->type == EXPR_PREOP && fn->op == '*')
		fn = fn->unop;
	if (!fn || fn->type != EXPR_SYMBOL || !fn->symbol)
		return NULL;
	if (!fn->symbol->ctype.base_type ||
	    fn->symbol->ctype.base_type->type != SYM_FN)
		return NULL;
	return fn->symbol;
}

int w_maybe_cleanup(struct walker *w, struct symbol *var)
{
	struct expression *init = strip_casts(var->initializer);
	struct symbol *ctor, *dtor;
	struct ident *dtor_id;
	const char *name;
	char buf[256];
	size_t n, stem;

	if (!init || init->type != EXPR_CALL || !w->nscopes)
		return 0;
	ctor = call_target(init);
	if (!ctor || !ctor->ident)
		return 0;
	name = ctor->ident->name;
	n = ctor->ident->len;
	if (n <= strlen(CLASS_PREFIX) || memcmp(name, CLASS_PREFIX,
						 strlen(CLASS_PREFIX)) ||
	    !has_suffix(name, n, CTOR_SUFFIX))
		return 0;
	stem = n - strlen(CTOR_SUFFIX);
	if (stem + strlen(DTOR_SUFFIX) + 1 > sizeof(buf))
		return 0;
	memcpy(buf, name, stem);
	strcpy(buf + stem, DTOR_SUFFIX);
	dtor_id = built_in_ident(buf);
	dtor = lookup_symbol(dtor_id, NS_SYMBOL);
	if (!dtor || !dtor->ctype.base_type ||
	    dtor->ctype.base_type->type != SYM_FN)
		return 0;

	GROW(w->cleanups, w->ncleanups, w->cleanups_cap);
	w->cleanups[w->ncleanups].scope = w->scopes[w->nscopes - 1];
	w->cleanups[w->ncleanups].var = var;
	w->cleanups[w->ncleanups].destructor = pgc_intern(w->tu, buf);
	w->cleanups[w->ncleanups].pos = var->pos;
	w->ncleanups++;
	if (fn_body_symbol(dtor))
		fn_queue_push(w->queue, dtor);
	return 1;
}

/*
 * Locals get unique names within the function: the first symbol with a
 * name keeps it, later ones (shadowing locals, or a local named like a
 * global) get NAME$2, NAME$3, ...
 */
const char *w_var_name(struct walker *w, struct symbol *sym)
{
	unsigned int i, same = 0;
	const char *base = sym->ident ? show_ident(sym->ident) : "<anon>";
	char buf[300];

	for (i = 0; i < w->nnames; i++) {
		if (w->names[i].sym == sym)
			return w->names[i].name;
		if (sym->ident && w->names[i].sym->ident == sym->ident)
			same++;
	}
	GROW(w->names, w->nnames, w->names_cap);
	w->names[w->nnames].sym = sym;
	if (!same && sym->ident) {
		w->names[w->nnames].name = pgc_intern(w->tu, base);
	} else {
		snprintf(buf, sizeof(buf), "%s$%u", base, same + 1);
		w->names[w->nnames].name = pgc_intern(w->tu, buf);
	}
	return w->names[w->nnames++].name;
}
