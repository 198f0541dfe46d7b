/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Internal interfaces of the analysis: the per-function context (tracked
 * access paths, call classification), the dataflow framework and its fact
 * families, per-function summaries, and the hooks rules are written against.
 */
#ifndef PGC_ANALYSIS_H
#define PGC_ANALYSIS_H

#include <stdint.h>

#include "pgcheck/core.h"
#include "arena.h"
#include "strmap.h"
#include "vocab.h"

#define PGC_MAXP	24	/* parameters tracked in summaries */
#define PGC_DEPTH_MIN	(-8)	/* atomic depth is clamped to this range */
#define PGC_DEPTH_MAX	16

static inline int8_t pgc_clamp_depth(int d)
{
	return (int8_t)(d > PGC_DEPTH_MAX ? PGC_DEPTH_MAX :
			d < PGC_DEPTH_MIN ? PGC_DEPTH_MIN : d);
}
#define PGC_NO_DEPTH	INT8_MIN	/* "no allocation at any depth" */

struct pgc_analysis;

/* ---- Per-function summaries (summary.c) ------------------------------------ */

struct pgc_summary {
	int done;
	int has_exit;			/* some path returns */
	int ret_known;			/* every return returns ret_value */
	int64_t ret_value;
	/* alloc-in-noalloc: allocates, directly or through callees */
	int may_alloc;
	struct pgc_pos alloc_pos;
	const char *alloc_chain;	/* "helper -> kmalloc" */
	/* sleeping allocations not in atomic context inside the function */
	int sleeps;
	int8_t sleep_hi[PGC_NKINDS];	/* max depth there, relative to entry */
	struct pgc_pos sleep_pos;
	const char *sleep_chain;
	int sleep_chain_pred;		/* its depth hangs on a predicate */
	int8_t sleep_chain_depth[PGC_NKINDS];	/* its depth */
	/* allocations whose mask is parameter n, not in atomic context here */
	uint32_t gfp_params;
	int8_t gfp_hi[PGC_MAXP][PGC_NKINDS];
	struct pgc_pos gfp_pos[PGC_MAXP];
	const char *gfp_chain[PGC_MAXP];
	/* allocations with parameter n's mask under the function's own lock */
	uint32_t own_gfp_params;
	struct pgc_pos own_pos[PGC_MAXP];
	const char *own_fn[PGC_MAXP];
	/* page tables */
	uint32_t frees_param;		/* frees the object passed as param n */
	uint32_t clears_param_entry;	/* *param n cleared on every path */
	uint32_t flushes_param_entry;	/* ...and flushed after the clear */
	int8_t clear_level[PGC_MAXP];
	int flushes;			/* flushes on every path */
	struct pgc_pos free_pos;
	/* atomic depth change, entry to exit */
	int8_t delta_lo[PGC_NKINDS], delta_hi[PGC_NKINDS];
	/* calls only pure functions, stores only to variables (predicates.c) */
	int pure;
	/*
	 * The sleeping allocation's depth as a function of one predicate
	 * (pgc_pred_of id, 0: none): sleep_if[k][truth].  A callee that drops
	 * the caller's lock under !P composes with a caller that took it
	 * under !P.
	 */
	uint32_t sleep_pred[PGC_NKINDS];
	int8_t sleep_if[PGC_NKINDS][2];
	/*
	 * Per parameter, the truths (PGC_T_*) under which no sleeping
	 * allocation is reached: `if (!nofail) GFP_ATOMIC else GFP_KERNEL`
	 * sleeps only for nofail != 0, so a call passing false does not.
	 */
	uint8_t sleep_no[PGC_MAXP];
};

/* ---- Per-function context (fctx.c) ----------------------------------------- */

/* How a call is classified: the vocabulary wins over a body in the TU. */
struct pgc_callinfo {
	const struct pgc_ventry *ve;	/* NULL: not in the table */
	const struct pgc_func *fn;	/* TU function (summary), if no ve */
	const struct pgc_summary *sum;	/* fn's summary, or NULL */
	unsigned int contract;		/* PGC_FN_* of the callee */
};

struct pgc_evinfo {
	const struct pgc_event *ev;
	const struct pgc_block *bb;
	struct pgc_callinfo ci;		/* PGC_EV_CALL */
	int result;			/* slot of the call's result, -1 */
	int lhs, rhs;			/* ASSIGN slots, -1 if not a path */
	int *arg;			/* per argument: slot or -1 */
	int *arg_deref;			/* per argument: slot of *arg or -1 */
	int rhs_deref;			/* ASSIGN: slot of *rhs or -1 */
};

struct pgc_slotinfo {
	const char *key;
	int container;		/* slot of the pointer this location is in */
	int param_var;		/* this is parameter n's variable, else -1 */
	int param_entry;	/* this is *param n or param n[?], else -1 */
	int deref;		/* slot of *this, or -1 */
	int collapsed;		/* an array element: stands for all of them */
	int *inside;		/* slots whose container this is, -1 ended */
};

struct pgc_fctx {
	struct pgc_analysis *an;
	const struct pgc_func *fn;
	struct pgc_arena *arena;	/* freed after the function */
	unsigned int nslots;
	struct pgc_slotinfo *slots;
	unsigned int nevents;
	struct pgc_evinfo *evs;		/* all events, block by block */
	unsigned int *block_first;	/* index of a block's first event */
	const struct pgc_event **call_by_id;
	unsigned int ncalls;
	int *call_temp;			/* per call id: temporary, or -1 */
	/* value pointer -> slot, and -> slot of its dereference */
	struct pgc_strmap keys;		/* key string -> slot + 1 */
};

/* Slot of an access-path value, or -1. */
int pgc_slot_of(const struct pgc_fctx *fx, const struct pgc_value *v);
/* Slot of *v (for &x that is x), or -1. */
int pgc_slot_of_deref(const struct pgc_fctx *fx, const struct pgc_value *v);
struct pgc_fctx *pgc_fctx_new(struct pgc_analysis *an,
			      const struct pgc_func *fn);
void pgc_fctx_free(struct pgc_fctx *fx);

/* ---- Dataflow framework (dataflow.c) ----------------------------------------- */

/*
 * A fact family: its own lattice (element layout, entry value, join) and
 * transfer functions.  The framework runs all families together over one
 * product state; each family owns a byte range of it.
 */
struct pgc_state;

struct pgc_family {
	const char *name;
	size_t (*size)(const struct pgc_fctx *fx);
	void (*init_entry)(const struct pgc_fctx *fx, struct pgc_state *st);
	/* dst = dst join src; returns non-zero if dst changed */
	int (*join)(const struct pgc_fctx *fx, struct pgc_state *dst,
		    const struct pgc_state *src);
	void (*transfer)(const struct pgc_fctx *fx, struct pgc_state *st,
			 unsigned int ev);
	/* Refine st for the edge to b->succs[succ] (may be NULL). */
	void (*edge)(const struct pgc_fctx *fx, struct pgc_state *st,
		     const struct pgc_block *b, unsigned int succ);
};

enum pgc_family_id { PGC_FAM_VALUES, PGC_FAM_ATOMIC, PGC_FAM_PGTABLE,
		     PGC_NFAMILIES };

extern const struct pgc_family pgc_family_values;
extern const struct pgc_family pgc_family_atomic;
extern const struct pgc_family pgc_family_pgtable;

struct pgc_state {
	int reached;
	unsigned char *part[PGC_NFAMILIES];
};

struct pgc_solution {
	struct pgc_fctx *fx;
	size_t bytes;			/* all families */
	size_t off[PGC_NFAMILIES];
	struct pgc_state *in;		/* per block */
	struct pgc_state exit;		/* join of the exit blocks */
	unsigned int iterations;	/* block visits, for the benchmark */
};

/* Run every family to its fixpoint. */
typedef void (*pgc_replay_fn)(const struct pgc_solution *s,
			      const struct pgc_state *st, unsigned int ev,
			      void *ctx);
/* Visit every reachable event with the fixpoint state just before it. */
void pgc_replay(const struct pgc_solution *s, pgc_replay_fn fn, void *ctx);
struct pgc_solution *pgc_solve(struct pgc_fctx *fx);
void pgc_solution_free(struct pgc_solution *s);
struct pgc_state *pgc_state_new(const struct pgc_solution *s);
void pgc_state_copy(const struct pgc_solution *s, struct pgc_state *dst,
		    const struct pgc_state *src);
void pgc_state_free(struct pgc_state *st);
/* Apply the transfer of event ev (all families). */
void pgc_transfer(const struct pgc_solution *s, struct pgc_state *st,
		  unsigned int ev);

/* ---- Fact queries (facts_*.c) ------------------------------------------------- */

/* Values: gfp masks and linear forms. */
#define PGC_G_SLEEP	0x1u	/* may be a mask with the sleep bit */
#define PGC_G_NOSLEEP	0x2u	/* may be a mask without it */
#define PGC_G_UNKNOWN	0x4u	/* may be anything */
#define PGC_G_PARAM0	8	/* bit PGC_G_PARAM0 + n: the mask of param n */

uint32_t pgc_gfp_of(const struct pgc_fctx *fx, const struct pgc_state *st,
		    const struct pgc_value *v);
uint32_t pgc_gfp_params(uint32_t g);	/* param bitmask of gfp bits */
/* end - start if both are linear in the same base; 1 and *len set, else 0 */
int pgc_range_len(const struct pgc_fctx *fx, const struct pgc_state *st,
		  const struct pgc_value *start, const struct pgc_value *end,
		  int64_t *len);
int pgc_is_zero_value(const struct pgc_fctx *fx, const struct pgc_value *v);
/* 1 and *out set if v is a known constant here. */
/* Truths of a parameter or argument, as exclusion masks. */
#define PGC_T_ZERO	1u
#define PGC_T_NONZERO	2u
/* The truths of parameter n this path excludes (branches on it). */
uint8_t pgc_param_excluded(const struct pgc_fctx *fx,
			   const struct pgc_state *st, int n);
/* *excl: the truths argument v cannot have (a constant, an address);
 * returns the parameter v forwards unchanged, or -1. */
int pgc_arg_truth(const struct pgc_fctx *fx, const struct pgc_state *st,
		  const struct pgc_value *v, uint8_t *excl);
int pgc_value_const(const struct pgc_fctx *fx, const struct pgc_state *st,
		    const struct pgc_value *v, int64_t *out);

/* Atomic depth. */
int pgc_atomic_hi(const struct pgc_state *st, int kind);
int pgc_atomic_lo(const struct pgc_state *st, int kind);
int pgc_atomic_lock_ev(const struct pgc_state *st, int kind);
/* Predicate (pgc_pred_of id) kind's depth depends on, or 0; *val: the
 * truth under which the depth is hi (else lo). */
uint32_t pgc_atomic_pred(const struct pgc_fctx *fx, const struct pgc_state *st,
			 int kind, int *val);

/* ---- Predicate calls as condition values (predicates.c) ------------------- */

/* Does fx's function call only pure functions and store only to variables? */
int pgc_pure_body(const struct pgc_fctx *fx);
/* Id (from 1) of cond if it is a call of a pure function with constant
 * arguments, the same for every such call in the analysis; else 0. */
uint32_t pgc_pred_of(const struct pgc_fctx *fx, const struct pgc_value *cond);

/* Page-table entries. */
enum pgc_entry_verdict {
	PGC_FREE_NOT_TABLE,	/* not known to be a page-table page */
	PGC_FREE_OK,		/* entry cleared and flushed (or parent was) */
	PGC_FREE_LIVE,		/* entry may still be live */
	PGC_FREE_UNFLUSHED,	/* entry may be cleared but not flushed */
	PGC_FREE_PARAM,		/* the object is a parameter */
};

struct pgc_free_fact {
	enum pgc_entry_verdict verdict;
	int entry;		/* slot of the entry, -1 */
	int clear_ev;		/* event that cleared it, -1 */
	int param;		/* PGC_FREE_PARAM: param n, or -1 */
};

/* What freeing value v means here. */
struct pgc_free_fact pgc_free_fact_value(const struct pgc_fctx *fx,
					 const struct pgc_state *st,
					 const struct pgc_value *v);
/* What freeing the table below the entry *p means here. */
struct pgc_free_fact pgc_free_fact_entry_ptr(const struct pgc_fctx *fx,
					     const struct pgc_state *st,
					     const struct pgc_value *p);
int pgc_entry_short_flush(const struct pgc_state *st, const struct pgc_fctx *fx,
			  int entry);
int pgc_entry_level(const struct pgc_state *st, const struct pgc_fctx *fx,
		    int entry);
int pgc_entry_clear_ev(const struct pgc_state *st, const struct pgc_fctx *fx,
		       int entry);
int pgc_pgt_exit_flushed(const struct pgc_fctx *fx, const struct pgc_state *st);
int pgc_pgt_exit_cleared(const struct pgc_fctx *fx, const struct pgc_state *st,
			 int slot, int *level);
int pgc_resolve_entry_ptr(const struct pgc_fctx *fx, const struct pgc_state *st,
			  const struct pgc_value *p);

/* ---- Allocation observations (facts_alloc.c) ---------------------------------- */

enum pgc_alloc_how {
	PGC_ALLOC_DIRECT,	/* a table allocator or might_alloc() */
	PGC_ALLOC_CALLEE,	/* a TU function that allocates */
	PGC_ALLOC_CALLEE_PARAM,	/* ...with the mask passed here */
	PGC_ALLOC_CALLEE_OWN,	/* ...under its own lock, mask passed here */
};

struct pgc_alloc_obs {
	enum pgc_alloc_how how;
	uint32_t gfp;			/* PGC_G_* */
	int depth[PGC_NKINDS];		/* at the allocation, relative to entry */
	uint32_t pred[PGC_NKINDS];	/* depth depends on this predicate... */
	int depth_if[PGC_NKINDS][2];	/* ...as [truth]; depth is the max */
	struct pgc_pos site;		/* the allocation itself */
	const char *chain;		/* "f -> g -> kmalloc" */
	const char *site_fn;		/* CALLEE_OWN: function holding it */
	int callee_param;		/* CALLEE_PARAM / OWN: callee's param */
	uint8_t param_no[PGC_MAXP];	/* our params' truths it needs not */
};

typedef void (*pgc_alloc_fn)(const struct pgc_alloc_obs *o, void *ctx);
/* Every allocation event ev performs, as seen with state st. */
void pgc_alloc_observe(const struct pgc_fctx *fx, const struct pgc_state *st,
		       unsigned int ev, pgc_alloc_fn fn, void *ctx);
/* Any kind at depth > 0 in o?  Returns the first such kind, or -1. */
int pgc_alloc_atomic_kind(const struct pgc_alloc_obs *o);

/* ---- The analysis (analyze.c) ----------------------------------------------- */

struct pgc_analysis {
	struct pgc_tu *tu;
	const struct pgc_vocab *vocab;
	const struct pgc_options *opts;
	struct pgc_arena *arena;
	struct pgc_strmap sums;		/* function name -> struct pgc_summary */
	struct pgc_strmap preds;	/* "callee(args)" -> predicate id */
	uint32_t npreds;
	int64_t sleep_bit;		/* __GFP_DIRECT_RECLAIM's value */
	int have_sleep_bit;
	int64_t span[PGC_NLEVELS];	/* 0: unknown */
	/* findings, reported after all functions */
	struct pgc_finding *findings;
	unsigned int nfindings, findings_cap;
	const struct pgc_func *depth_noted;	/* limit notice given for */
};

struct pgc_summary *pgc_summary_of(struct pgc_analysis *an,
				   const struct pgc_func *fn);
struct pgc_callinfo pgc_classify(struct pgc_analysis *an,
				 const struct pgc_event *ev);
unsigned int pgc_func_attrs(const struct pgc_analysis *an,
			    const struct pgc_func *fn);
/* Compute fn's summary from its solution; returns non-zero if it changed. */
int pgc_summarize(struct pgc_solution *s, struct pgc_summary *out);

/* ---- Rules (core/rules/) ------------------------------------------------------ */

/* What a rule sees: one event, with the fixpoint state just before it. */
struct pgc_site {
	struct pgc_analysis *an;
	const struct pgc_fctx *fx;
	const struct pgc_state *st;
	unsigned int ev;
	const struct pgc_evinfo *info;
};

struct pgc_rule_def {
	enum pgc_rule id;
	void (*check)(const struct pgc_site *s);
};

extern const struct pgc_rule_def pgc_rule_pgtable_free_unflushed;
extern const struct pgc_rule_def pgc_rule_flush_range_short;
extern const struct pgc_rule_def pgc_rule_sleeping_alloc_in_atomic;
extern const struct pgc_rule_def pgc_rule_alloc_in_noalloc;

/* A finding under construction (rules call these). */
struct pgc_finding {
	enum pgc_rule rule;
	struct pgc_pos pos;
	const char *message;
	const char *function;
	struct pgc_note notes[6];
	unsigned int nnotes;
};

struct pgc_finding *pgc_report(const struct pgc_site *s, enum pgc_rule rule,
			       struct pgc_pos pos, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void pgc_add_note(const struct pgc_site *s, struct pgc_finding *f,
		  struct pgc_pos pos, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
const char *pgc_callee_name(const struct pgc_event *ev);
/* pgc_scan_suppressions(), returning the number of malformed markers. */
int pgc_scan_suppressions_counted(struct pgc_tu *tu, const char *path,
				  pgc_diag_fn fn, void *ctx);

#endif
