/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pgcheck intermediate representation: what a front end (clang plugin,
 * sparse checker, or the text reader) hands to the analysis core.
 *
 * A translation unit (struct pgc_tu) holds functions; a function holds basic
 * blocks; a block holds events (calls, assignments, returns) and its
 * successors, with an optional branch condition.  Operands are values:
 * access paths over variables, integer constants, call results and
 * "path + constant".  Casts are transparent: a front end drops them.
 *
 * Everything is allocated in the TU's arena and freed by pgc_tu_free().
 * Strings passed to the builder are copied (interned).
 *
 * Conventions a front end must follow (docs/architecture.md, "The IR"):
 *  - block 0 of a function is its entry block;
 *  - every event carries the position of the line the user wrote: for code
 *    inlined from a header or expanded from a macro, the caller's line;
 *  - a block with a condition has exactly two successors: succs[0] is taken
 *    when the condition is non-zero, succs[1] when it is zero.  `!x` and
 *    `x == 0` are expressed by swapping the two successors;
 *  - scoped cleanups (__attribute__((cleanup)), guard(), scoped_guard())
 *    appear as call events at each scope exit, flagged PGC_EVF_CLEANUP;
 *  - local variable names are unique within a function (rename shadowed
 *    locals, e.g. "i.2"); parameters are named in pgc_func.params;
 *  - per-TU constants read from the code (the value of
 *    __GFP_DIRECT_RECLAIM, PAGE_SIZE, PMD_SIZE, ...) go in with
 *    pgc_tu_set_const(); constant expressions in arguments are folded.
 */
#ifndef PGCHECK_IR_H
#define PGCHECK_IR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct pgc_arena;

/* A source position.  file is interned (pointer-comparable within a TU). */
struct pgc_pos {
	const char *file;	/* NULL: unknown */
	unsigned int line;	/* 1-based, 0: unknown */
	unsigned int col;	/* 1-based, 0: unknown */
};

enum pgc_value_kind {
	PGC_V_UNKNOWN,	/* anything else: arithmetic, floats, ...      */
	PGC_V_CONST,	/* integer constant .num                        */
	PGC_V_VAR,	/* variable or parameter .name                  */
	PGC_V_DEREF,	/* *base                                        */
	PGC_V_FIELD,	/* base.name   (p->f is FIELD(DEREF(p), "f"))   */
	PGC_V_INDEX,	/* base[num] if index_known, else base[?] or    */
			/* base[index] when the index is a known value  */
	PGC_V_ADDR,	/* &base                                        */
	PGC_V_CALL,	/* result of call event with id .num            */
	PGC_V_ADD,	/* base + num  (num < 0 for subtraction)        */
};

/* Values are immutable and may be shared between events. */
struct pgc_value {
	enum pgc_value_kind kind;
	int index_known;		/* PGC_V_INDEX */
	int64_t num;			/* CONST, INDEX, CALL id, ADD offset */
	const char *name;		/* VAR, FIELD */
	const struct pgc_value *base;	/* DEREF, FIELD, INDEX, ADDR, ADD */
	const struct pgc_value *index;	/* INDEX with a non-constant index
					 * the front end can express, or NULL */
};

enum pgc_event_kind {
	PGC_EV_CALL,		/* [id] callee(args...)            */
	PGC_EV_ASSIGN,		/* lhs = rhs                       */
	PGC_EV_RETURN,		/* return [rhs]                    */
};

/* Event flags. */
#define PGC_EVF_CLEANUP	0x1u	/* call made by a scoped cleanup at scope exit */
#define PGC_EVF_NORETURN 0x2u	/* the callee does not return (noreturn,
				 * BUG()): the path ends here, even if the
				 * CFG links the block to the exit */

struct pgc_event {
	enum pgc_event_kind kind;
	unsigned int flags;
	struct pgc_pos pos;
	/* PGC_EV_CALL */
	unsigned int id;		/* unique in the function; PGC_V_CALL refers to it */
	const char *callee;		/* NULL: indirect call (ignored) */
	const char *spelled;		/* the macro name written in the source, or NULL */
	unsigned int nargs;
	const struct pgc_value **args;
	/* PGC_EV_ASSIGN: lhs = rhs.  PGC_EV_RETURN: rhs, or NULL */
	const struct pgc_value *lhs;
	const struct pgc_value *rhs;
};

struct pgc_block {
	unsigned int id;		/* index in pgc_func.blocks */
	struct pgc_event *events;
	unsigned int nevents, events_cap;
	unsigned int *succs;		/* block ids */
	unsigned int nsuccs, succs_cap;
	const struct pgc_value *cond;	/* non-NULL: two-way branch, see above */
};

/* Function attributes (annotations, or the vocabulary / user config). */
#define PGC_FN_NOALLOC		0x1u	/* __pgcheck_noalloc */
#define PGC_FN_MAY_ALLOC	0x2u	/* __pgcheck_may_alloc */

struct pgc_func {
	const char *name;
	struct pgc_pos pos;		/* of the definition (or declaration) */
	unsigned int attrs;		/* PGC_FN_* */
	int has_body;			/* 0: a declaration only */
	const char **params;
	unsigned int nparams, params_cap;
	struct pgc_block **blocks;	/* blocks[0] is the entry */
	unsigned int nblocks, blocks_cap;
	unsigned int next_call_id;
};

struct pgc_const {
	const char *name;
	int64_t value;
};

/* A suppression: findings of rule at file:line are not reported. */
struct pgc_suppression {
	struct pgc_pos pos;		/* line of the comment */
	const char *rule;		/* a rule id, or "*" for all */
	const char *reason;		/* required, non-empty */
};

struct pgc_tu {
	struct pgc_arena *arena;
	const char *main_file;
	struct pgc_func **funcs;
	unsigned int nfuncs, funcs_cap;
	struct pgc_const *consts;
	unsigned int nconsts, consts_cap;
	struct pgc_suppression *supps;
	unsigned int nsupps, supps_cap;
};

/* ---- Building a TU -------------------------------------------------------- */

struct pgc_tu *pgc_tu_new(const char *main_file);
void pgc_tu_free(struct pgc_tu *tu);
const char *pgc_intern(struct pgc_tu *tu, const char *s);
struct pgc_pos pgc_pos_make(struct pgc_tu *tu, const char *file,
			    unsigned int line, unsigned int col);

/* Per-TU constant read from the code, e.g. ("__GFP_DIRECT_RECLAIM", 0x400). */
void pgc_tu_set_const(struct pgc_tu *tu, const char *name, int64_t value);
/* 1 and *value set if known, else 0. */
int pgc_tu_get_const(const struct pgc_tu *tu, const char *name, int64_t *value);

void pgc_tu_add_suppression(struct pgc_tu *tu, struct pgc_pos pos,
			    const char *rule, const char *reason);

struct pgc_func *pgc_tu_find_func(const struct pgc_tu *tu, const char *name);
/* Get or create the function called name; attrs are or-ed in. */
struct pgc_func *pgc_func_declare(struct pgc_tu *tu, const char *name,
				  unsigned int attrs);
/*
 * Start the body of name.  Returns NULL if name already has a body (a
 * function from a header seen twice: skip it).
 */
struct pgc_func *pgc_func_define(struct pgc_tu *tu, const char *name,
				 struct pgc_pos pos);
void pgc_func_add_param(struct pgc_tu *tu, struct pgc_func *f,
			const char *name);
/* New block with id == f->nblocks (before the call). */
struct pgc_block *pgc_block_new(struct pgc_tu *tu, struct pgc_func *f);
void pgc_block_add_succ(struct pgc_tu *tu, struct pgc_block *b,
			unsigned int succ);
/* Two-way branch: true edge to t, false edge to f. */
void pgc_block_set_branch(struct pgc_tu *tu, struct pgc_block *b,
			  const struct pgc_value *cond, unsigned int t,
			  unsigned int f);

/* Values.  The constructors normalise: &*x == x, *&x == x, (x+a)+b == x+(a+b),
 * x+0 == x, const+const is folded. */
const struct pgc_value *pgc_val_unknown(struct pgc_tu *tu);
const struct pgc_value *pgc_val_const(struct pgc_tu *tu, int64_t n);
const struct pgc_value *pgc_val_var(struct pgc_tu *tu, const char *name);
const struct pgc_value *pgc_val_deref(struct pgc_tu *tu,
				      const struct pgc_value *base);
const struct pgc_value *pgc_val_field(struct pgc_tu *tu,
				      const struct pgc_value *base,
				      const char *field);
/* base[idx] with idx known: pgc_val_index(tu, b, 3, 1); unknown: (tu, b, 0, 0) */
const struct pgc_value *pgc_val_index(struct pgc_tu *tu,
				      const struct pgc_value *base,
				      int64_t idx, int known);
/*
 * base[idx] for any index value: a constant gives a known index; otherwise
 * the index is kept (e.g. &vmemmap[pmd_pfn(e)], what pmd_page(e) and
 * pfn_to_page() expand to: the page of that pfn).
 */
const struct pgc_value *pgc_val_index_value(struct pgc_tu *tu,
					    const struct pgc_value *base,
					    const struct pgc_value *idx);
const struct pgc_value *pgc_val_addr(struct pgc_tu *tu,
				     const struct pgc_value *base);
const struct pgc_value *pgc_val_call(struct pgc_tu *tu, unsigned int call_id);
const struct pgc_value *pgc_val_add(struct pgc_tu *tu,
				    const struct pgc_value *base, int64_t k);

/* Events.  pgc_ev_call returns the call id (for pgc_val_call). */
unsigned int pgc_ev_call(struct pgc_tu *tu, struct pgc_func *f,
			 struct pgc_block *b, struct pgc_pos pos,
			 const char *callee, const char *spelled,
			 unsigned int nargs, const struct pgc_value *const *args);
void pgc_ev_call_flags(struct pgc_block *b, unsigned int flags);	/* last event */
void pgc_ev_assign(struct pgc_tu *tu, struct pgc_block *b, struct pgc_pos pos,
		   const struct pgc_value *lhs, const struct pgc_value *rhs);
void pgc_ev_return(struct pgc_tu *tu, struct pgc_block *b, struct pgc_pos pos,
		   const struct pgc_value *rhs);

#ifdef __cplusplus
}
#endif

#endif /* PGCHECK_IR_H */
