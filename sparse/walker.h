/* SPDX-License-Identifier: GPL-2.0 */
/* State shared by the statement, expression and scope parts of the walk. */
#ifndef PGCHECK_SPARSE_WALKER_H
#define PGCHECK_SPARSE_WALKER_H

#include "walk.h"
#include "expression.h"
#include "parse.h"

/* A jump target: a user label, or a loop's/switch's break or continue. */
struct jump_target {
	struct symbol *label;
	unsigned int block;
	/* The scopes (statements) enclosing the target, outermost first. */
	struct statement **scopes;
	unsigned int nscopes;
	int scopes_known;
};

/* A variable with a scoped cleanup (guard(), scoped_guard()). */
struct cleanup {
	struct statement *scope;	/* compound or loop owning it */
	struct symbol *var;
	const char *destructor;		/* interned */
	struct position pos;		/* of the declaration */
};

struct local_name {
	struct symbol *sym;
	const char *name;
};

struct walker {
	struct pgc_tu *tu;
	struct pgc_func *fn;
	struct pgc_block *cur;		/* NULL: after a jump, unreachable */
	struct fn_queue *queue;

	struct jump_target *targets;
	unsigned int ntargets, targets_cap;

	struct statement **scopes;	/* open scopes, outermost first */
	unsigned int nscopes, scopes_cap;

	struct cleanup *cleanups;	/* live cleanups, innermost last */
	unsigned int ncleanups, cleanups_cap;

	struct local_name *names;
	unsigned int nnames, names_cap;

	struct position end_pos;	/* closing brace of the function */
};

/* Memory: these abort on allocation failure (an out-of-memory checker run
 * cannot report anything useful). */
void *xrealloc(void *p, size_t size);
#define GROW(arr, n, cap) do {						\
	if ((n) >= (cap)) {						\
		(cap) = (cap) ? 2 * (cap) : 8;				\
		(arr) = xrealloc((arr), (cap) * sizeof(*(arr)));	\
	}								\
} while (0)

/* Blocks. */
struct pgc_block *w_new_block(struct walker *w);
/* The current block, opening an unreachable one after a jump. */
struct pgc_block *w_block(struct walker *w);
void w_jump(struct walker *w, unsigned int to);
void w_start(struct walker *w, unsigned int id);

/* Targets. */
struct jump_target *w_target(struct walker *w, struct symbol *label);
void w_note_label_scopes(struct walker *w, struct statement *body);

/* Scopes and cleanups. */
void w_open_scope(struct walker *w, struct statement *scope);
void w_close_scope(struct walker *w, struct statement *scope,
		   struct position pos);
void w_unwind_to(struct walker *w, struct jump_target *t, struct position pos);
void w_unwind_all(struct walker *w, struct position pos);
int w_maybe_cleanup(struct walker *w, struct symbol *var);

/* Names. */
const char *w_var_name(struct walker *w, struct symbol *sym);

/* Expressions: emit their events, return their value. */
const struct pgc_value *w_expr(struct walker *w, struct expression *e);
/* Branch on e: to t when non-zero, to f when zero. */
void w_cond(struct walker *w, struct expression *e, unsigned int t,
	    unsigned int f);
/* 1 and *v when e is an integer constant expression. */
int w_const(struct expression *e, long long *v);

/* Statements. */
void w_stmt(struct walker *w, struct statement *s);

#endif /* PGCHECK_SPARSE_WALKER_H */
