/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The simulator behind the reference kernel paths: simulated physical
 * memory and its page allocator, a CPU model with TLBs and per-level
 * paging-structure caches, and the adversarial speculative walker.
 * The kernel paths (reference/mm) see none of this: they call the kernel
 * primitives (native_set_pmd(), free_pages(), flush_tlb_kernel_range(),
 * _raw_spin_lock(), ...) which the simulator implements.
 */
#ifndef _REF_SIM_H
#define _REF_SIM_H

#include <linux/types.h>
#include <linux/mm_types.h>
#include <asm/pgtable_types.h>

#define SIM_NR_CPUS		4
#define SIM_DEFAULT_FRAMES	2048

/* What a table frame is, by the level of the entries it holds. */
enum sim_level {
	SIM_LVL_NONE = 0,	/* free, data, or not hooked yet */
	SIM_LVL_PTE = 1,	/* page table: 4K entries */
	SIM_LVL_PMD = 2,	/* page directory */
	SIM_LVL_PUD = 3,	/* page-directory-pointer table */
	SIM_LVL_PGD = 4,	/* PML4 */
};

enum sim_frame_state {
	SIM_FRAME_FREE,
	SIM_FRAME_USED,
	SIM_FRAME_RESERVED,
};

struct sim_frame {
	unsigned char state;
	unsigned char level;	/* enum sim_level, set when hooked */
	unsigned int gen;	/* bumped at every free */
	unsigned long va;	/* first address the table maps */
	unsigned long freed_op;	/* operation number of the last free */
};

/* Everything the simulator can catch at run time. */
enum sim_fault {
	SIM_OK = 0,
	SIM_HAZARD_FREED,	/* a walk read a freed (poisoned) frame */
	SIM_HAZARD_STALE,	/* a cached entry led to a reused frame */
	SIM_HAZARD_GARBAGE,	/* a walk followed an entry outside memory */
	SIM_WRITE_FREED,	/* a kernel path wrote into a freed frame */
	SIM_SLEEP_IN_ATOMIC,	/* might_sleep() check in the allocator */
	SIM_ALLOC_IN_NOALLOC,	/* allocation inside __pgcheck_noalloc */
	SIM_BAD_FREE,		/* double free or not a page */
	SIM_LOCK_BUG,		/* recursive lock or unlock of a free lock */
	SIM_PANIC,		/* BUG() */
	SIM_WARN,		/* WARN_ON() fired */
	SIM_LEAK,		/* frame accounting failed */
	SIM_MAP_WRONG,		/* a translation differs from the model */
	SIM_NR_FAULTS
};

const char *sim_fault_name(enum sim_fault f);
int sim_fault_is_hazard(enum sim_fault f);

struct sim_report {
	enum sim_fault fault;
	unsigned long seed;
	unsigned long op;	/* operation number when it was caught */
	const char *op_name;
	unsigned long pfn;	/* frame involved, if any */
	int level;		/* its level as a table */
	int cpu;
	unsigned long va;	/* address being walked */
	unsigned long freed_op;	/* when the frame was freed */
	char msg[160];
};

/* Allocation failure injection. */
struct sim_failcfg {
	unsigned long every;	/* fail every Nth allocation (0: never) */
	unsigned int permille;	/* fail at random, per thousand */
	unsigned int next;	/* fail the next N allocations */
};

struct sim_state {
	unsigned char *mem;		/* simulated physical memory */
	unsigned long nr_frames;
	struct sim_frame *frames;
	struct page *pages;		/* vmemmap */
	unsigned long *free_stack;	/* LIFO: freed frames come back first */
	unsigned long nr_free;
	unsigned long nr_used;
	unsigned long pgd_pfn;

	unsigned long seed;
	u64 rng;			/* driven by the seed */
	unsigned long ops;		/* primitive operations so far */
	const char *op_name;
	unsigned long hot_va[8];	/* recent addresses, for the walker */
	unsigned int hot_next;
	unsigned int walks_per_op;	/* at most this many walks per op */
	int invlpg_all;			/* INVLPG drops every PSC entry */

	int preempt_count;		/* the kernel path runs on CPU 0 */
	int noalloc_depth;
	struct sim_failcfg fail;
	unsigned long alloc_calls;
	unsigned long alloc_failed;

	struct sim_report report;	/* the first fault */
	int faulted;
	void *panic_jmp;		/* jmp_buf * to leave a BUG() */
	void (*trace)(const char *line);
	unsigned long walks;
};

extern struct sim_state sim;

/* phys.c */
void sim_init(unsigned long nr_frames);
void sim_reset(unsigned long seed);
void sim_exit(void);
unsigned long sim_pfn_of(const void *kaddr);
void *sim_va_of(unsigned long pfn);
unsigned long sim_alloc_data(void);
void sim_free_data(unsigned long pfn);

/* cpu.c */
void sim_cpu_reset(void);
void sim_cpu_walk(int cpu, unsigned long va);
void sim_cpu_invlpg(int cpu, unsigned long va);
void sim_cpu_flush_all(int cpu);
/* Walk memory only, no caches: the physical address or -1 if unmapped. */
long sim_translate(unsigned long va);
int sim_leaf_level(unsigned long va);
int sim_cpu_cached(int cpu, int level, unsigned long va);
int sim_cpu_tlb_has(int cpu, unsigned long va);

/* kapi.c */
u64 sim_rand(void);
void sim_fault(enum sim_fault f, unsigned long pfn, int cpu,
	       unsigned long va, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
void sim_op(const char *name, unsigned long va);
void sim_speculate(void);
void sim_hooked_reset(void);
void sim_tracef(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
unsigned long sim_entry_va(const void *slot, int level);

/* harness.c */
struct sim_run_opts {
	unsigned int steps;		/* operations per sequence */
	int fail_mode;			/* -1: chosen by the seed */
	int check_every_step;		/* full accounting after each step */
};

struct sim_run_stats {
	unsigned long steps, maps, huge_puds, huge_pmds, unmaps, removes;
	unsigned long fallbacks, enomem, ops, walks;
};

/* One seeded random sequence; returns the fault (SIM_OK if none). */
enum sim_fault sim_run_seed(unsigned long seed, const struct sim_run_opts *o,
			    struct sim_run_stats *st);
/*
 * Allocated frames == tables reachable from the pgd + owned data pages
 * (@own: one byte per frame, or NULL when the caller owns none).
 */
int sim_check_accounting(const unsigned char *owned);
void sim_print_report(const struct sim_report *r);

/* scenario.c: fixed scenarios, narrated through sim.trace */
enum sim_fault sim_test_fallback(void);
enum sim_fault sim_demo(void);

#endif /* _REF_SIM_H */
