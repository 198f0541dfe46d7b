/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pgcheck analysis core: vocabulary, analysis entry point, diagnostics,
 * suppressions and the IR text form.  See docs/architecture.md.
 */
#ifndef PGCHECK_CORE_H
#define PGCHECK_CORE_H

#include <stddef.h>
#include <stdio.h>

#include "pgcheck/ir.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Vocabulary (vocab/kernel.vocab format) ------------------------------- */

struct pgc_vocab;

/* The table embedded at build time.  NULL only if out of memory. */
struct pgc_vocab *pgc_vocab_new_default(void);
/* An empty table (tests). */
struct pgc_vocab *pgc_vocab_new_empty(void);
/*
 * Add the lines of a user config / table file.  Returns 0, or -1 with
 * err = "FILE:LINE: message" (unknown category or key, bad number, ...).
 */
int pgc_vocab_load_file(struct pgc_vocab *v, const char *path,
			char *err, size_t errlen);
int pgc_vocab_load_text(struct pgc_vocab *v, const char *name,
			const char *text, char *err, size_t errlen);
void pgc_vocab_free(struct pgc_vocab *v);

/*
 * The constants a front end reads from the code under analysis and passes
 * with pgc_tu_set_const(): the gfp sleep bit's macro names
 * (__GFP_DIRECT_RECLAIM, ...) and the spans (PAGE_SIZE, PMD_SIZE, ...).
 * fn is called once per name.
 */
void pgc_vocab_for_each_const(const struct pgc_vocab *v,
			      void (*fn)(const char *name, void *ctx),
			      void *ctx);
/*
 * The category ("free", "atomic-enter", "guard", "noalloc", ...) of a called
 * name, or NULL if the table does not know it.  Guards are known by their
 * expansions class_NAME_constructor / class_NAME_destructor.  Front ends
 * use it to decide whether a macro spelling is worth passing as spelled.
 */
const char *pgc_vocab_category(const struct pgc_vocab *v, const char *name);

/* ---- Rules ---------------------------------------------------------------- */

enum pgc_rule {
	PGC_RULE_PGTABLE_FREE_UNFLUSHED,	/* "pgtable-free-unflushed"   */
	PGC_RULE_FLUSH_RANGE_SHORT,		/* "flush-range-short"        */
	PGC_RULE_SLEEPING_ALLOC_IN_ATOMIC,	/* "sleeping-alloc-in-atomic" */
	PGC_RULE_ALLOC_IN_NOALLOC,		/* "alloc-in-noalloc"         */
	PGC_NRULES
};

const char *pgc_rule_id(enum pgc_rule r);
/* -1 if name is not a rule id. */
int pgc_rule_lookup(const char *name);

/* Rule id of the warning about a malformed suppression comment. */
#define PGC_INVALID_SUPPRESSION	"invalid-suppression"

/* ---- Diagnostics ---------------------------------------------------------- */

struct pgc_note {
	struct pgc_pos pos;
	const char *label;		/* "entry cleared here", "lock taken here", ... */
};

/* Replace the text from begin up to (not including) end; begin == end inserts. */
struct pgc_fix {
	struct pgc_pos begin, end;
	const char *text;
};

struct pgc_diag {
	const char *rule;		/* rule id, or PGC_INVALID_SUPPRESSION */
	struct pgc_pos pos;
	const char *message;
	const char *function;		/* enclosing function, or NULL */
	const struct pgc_note *notes;
	unsigned int nnotes;
	const struct pgc_fix *fix;	/* NULL: none */
};

/* Called once per finding; everything pointed to lives only for the call. */
typedef void (*pgc_diag_fn)(const struct pgc_diag *d, void *ctx);

/*
 * The BRIEF format:
 *   FILE:LINE:COL: warning: MESSAGE [pgcheck-RULE]
 *   FILE:LINE:COL: note: LABEL
 */
void pgc_print_diag(FILE *out, const struct pgc_diag *d);

/* ---- Analysis ------------------------------------------------------------- */

/* Work counters of one pgc_analyze() call (benchmarks, --stats). */
struct pgc_stats {
	unsigned long functions;	/* with a body */
	unsigned long blocks;
	unsigned long events;
	unsigned long slots;		/* tracked access paths, summed */
	unsigned long block_visits;	/* worklist visits, all solves */
	unsigned long cells;		/* sum over solves of blocks * slots */
};

struct pgc_options {
	int preempt_rt;		/* raw_spin/irq sections forbid GFP_ATOMIC too */
	int enabled[PGC_NRULES];	/* non-zero: rule runs */
	/*
	 * Read the source files named in findings' positions for
	 * pgcheck-suppress comments (pgc_scan_suppressions) before reporting.
	 */
	int scan_sources;
	struct pgc_stats *stats;	/* if non-NULL, filled in */
	FILE *summaries;		/* if non-NULL, each summary is printed */
	/*
	 * Where a bound of the analysis that was hit is said ("pgcheck:
	 * limit: ..."): atomic depth past PGC_DEPTH_MAX, a recursive cycle
	 * whose summaries did not settle.  stderr by default; NULL: silent.
	 */
	FILE *notices;
};

/* All rules on, RT off, scan_sources on. */
void pgc_options_init(struct pgc_options *o);

/*
 * Classify, compute summaries bottom-up, run the dataflow facts to their
 * fixpoints and the rules on them; report through fn.  Returns the number
 * of findings reported (suppressed ones excluded), or -1 on an internal
 * error (out of memory).
 */
int pgc_analyze(struct pgc_tu *tu, const struct pgc_vocab *v,
		const struct pgc_options *o, pgc_diag_fn fn, void *ctx);

/* ---- Suppressions --------------------------------------------------------- */

/*
 * Source form: a comment (block or line) containing
 *	pgcheck-suppress RULE[,RULE...]: reason
 * on the finding's line or on the line above it.
 * RULE may be "*".  Reads path and adds each marker to tu.  A marker without
 * a reason or naming an unknown rule is not honoured and is reported through
 * fn (if non-NULL) as rule PGC_INVALID_SUPPRESSION.  Returns the number of
 * suppressions added, or -1 if the file cannot be read.
 */
int pgc_scan_suppressions(struct pgc_tu *tu, const char *path,
			  pgc_diag_fn fn, void *ctx);

/* ---- IR text form ----------------------------------------------------------- */

/*
 * Read a TU in the text form (docs/architecture.md).  name is used in error
 * messages and as the default file of positions.  NULL on error, with
 * err = "NAME:LINE: message".
 */
struct pgc_tu *pgc_ir_read(FILE *in, const char *name, char *err,
			   size_t errlen);
struct pgc_tu *pgc_ir_read_text(const char *text, const char *name,
				char *err, size_t errlen);
/* Write tu in the text form (front ends' --dump-ir).  0, or -1 on I/O error. */
int pgc_ir_write(FILE *out, const struct pgc_tu *tu);

#ifdef __cplusplus
}
#endif

#endif /* PGCHECK_CORE_H */
