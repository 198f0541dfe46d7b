/* SPDX-License-Identifier: GPL-2.0 */
/* The vocabulary table, parsed (vocab/kernel.vocab format). */
#ifndef PGC_VOCAB_H
#define PGC_VOCAB_H

#include "arena.h"
#include "strmap.h"

enum pgc_cat {
	PGC_CAT_CLEAR,
	PGC_CAT_ENTRY_VALUE,
	PGC_CAT_CLEAR_FLUSH,
	PGC_CAT_TABLE,
	PGC_CAT_LEAF_TEST,
	PGC_CAT_SAME_OBJECT,
	PGC_CAT_FREE,
	PGC_CAT_FREE_DEFERRED,
	PGC_CAT_FLUSH,
	PGC_CAT_NOT_FLUSH,
	PGC_CAT_ALLOC,
	PGC_CAT_ALLOC_SLEEPS,
	PGC_CAT_MIGHT_ALLOC,
	PGC_CAT_GFP_SLEEP_BIT,
	PGC_CAT_GFP_SLEEPS,
	PGC_CAT_GFP_NOSLEEP,
	PGC_CAT_ATOMIC_ENTER,
	PGC_CAT_ATOMIC_LEAVE,
	PGC_CAT_ATOMIC_TRY,
	PGC_CAT_GUARD,
	PGC_CAT_SPAN,
	PGC_CAT_MAY_ALLOC,
	PGC_CAT_NOALLOC,
	PGC_NCATS
};

/* Page-table levels, leaf first (span PAGE_SIZE is level pte). */
enum pgc_level { PGC_LVL_NONE = -1, PGC_LVL_PTE, PGC_LVL_PMD, PGC_LVL_PUD,
		 PGC_LVL_P4D, PGC_LVL_PGD, PGC_NLEVELS };

/* Atomic-context kinds. */
enum pgc_kind { PGC_K_SPIN, PGC_K_RAW_SPIN, PGC_K_RWLOCK, PGC_K_IRQ,
		PGC_K_BH, PGC_K_PREEMPT, PGC_K_RCU, PGC_K_BIT_SPIN,
		PGC_K_KMAP_ATOMIC, PGC_K_LAZY_MMU, PGC_NKINDS };

extern const char *const pgc_kind_names[PGC_NKINDS];
extern const char *const pgc_level_names[PGC_NLEVELS];

/* One line of the table.  Argument numbers are 1-based; 0 means absent. */
struct pgc_ventry {
	const char *name;
	enum pgc_cat cat;
	int level;		/* enum pgc_level or PGC_LVL_NONE */
	int entry, entry_value, zero, arg, gfp;
	int start, end, addr, walk, scope_all;
	int yields_slot;	/* table: 1 slot, 0 table */
	int kind;		/* enum pgc_kind or -1 */
	int kind2;		/* kind=A+B: B, or -1 */
	const char *expands;
	const char *file;	/* where it was defined */
	unsigned int line;
};

struct pgc_vocab {
	struct pgc_arena *arena;
	struct pgc_strmap funcs;	/* function / macro names called */
	struct pgc_strmap macros;	/* gfp masks, spans: not calls */
	const char *sleep_bit[8];	/* gfp-sleep-bit names */
	unsigned int nsleep_bits;
	const char *spans[PGC_NLEVELS][4];	/* span names per level */
};

/* Classification of a called name; NULL if not in the table. */
const struct pgc_ventry *pgc_vocab_func(const struct pgc_vocab *v,
					const char *name);
const struct pgc_ventry *pgc_vocab_macro(const struct pgc_vocab *v,
					 const char *name);

/* The embedded default table (generated from vocab/kernel.vocab). */
extern const char pgc_vocab_default_text[];

#endif
