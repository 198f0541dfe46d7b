/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Translation of sparse's evaluated AST into the pgcheck IR.
 *
 * The walk runs after evaluate_symbol_list() and before sparse's own
 * expand/linearize pass: calls to inline functions are still calls (under
 * their API names, at the caller's position) and scopes are still visible,
 * which the linearized IR loses (docs/sparse.md).
 */
#ifndef PGCHECK_SPARSE_WALK_H
#define PGCHECK_SPARSE_WALK_H

#include "lib.h"
#include "symbol.h"
#include "pgcheck/ir.h"

/* Functions still to translate: the callees seen so far with a body. */
struct fn_queue {
	struct symbol **items;
	unsigned int n, cap, next;
	struct symbol **seen;		/* open-addressing set of items */
	unsigned int seen_cap;
};

void fn_queue_push(struct fn_queue *q, struct symbol *fn);
void fn_queue_free(struct fn_queue *q);

/* PGC_FN_* annotations carried as sparse context attributes. */
unsigned int sym_annotations(struct symbol *sym);

/* The symbol holding the body of fn (its definition), or NULL. */
struct symbol *fn_body_symbol(struct symbol *fn);

/*
 * Translate the body of fn into tu; callees with a body in the translation
 * unit are pushed on q.  Returns 0, or -1 if fn was already translated.
 */
int translate_function(struct pgc_tu *tu, struct symbol *fn,
		       struct fn_queue *q);

/* A position in the IR's form. */
struct pgc_pos ir_pos(struct pgc_tu *tu, struct position pos);

#endif /* PGCHECK_SPARSE_WALK_H */
