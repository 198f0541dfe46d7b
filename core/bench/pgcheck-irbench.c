// SPDX-License-Identifier: GPL-2.0
/*
 * pgcheck-irbench: analysis time against function size on generated IR.
 *
 *   pgcheck-irbench [--quick]
 *
 * Builds one function of B blocks over V tracked variables (a chain of
 * if/else diamonds with a loop back-edge every 16 blocks; each block
 * assigns, takes table pages from entries, clears, flushes, frees, locks
 * and allocates), runs the whole analysis, and prints the time per
 * "cell": one tracked value (access path, including call results) in one
 * block's state.  The dataflow state is an array over the tracked values
 * and every block is visited a bounded number of times, so the time per
 * cell should stay flat as B and V grow: the last column is the growth
 * relative to the smallest size (1.0 = linear in blocks x tracked values).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pgcheck/core.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void no_diag(const struct pgc_diag *d, void *ctx)
{
	(*(int *)ctx)++;
}

static struct pgc_tu *generate(unsigned int nblocks, unsigned int nvals)
{
	struct pgc_tu *tu = pgc_tu_new("bench.c");
	struct pgc_func *f = pgc_func_define(tu, "bench",
					     pgc_pos_make(tu, "bench.c", 1, 1));
	struct pgc_block **bb = calloc(nblocks, sizeof(*bb));
	const struct pgc_value *args[3];
	char name[32];
	unsigned int b;

	pgc_tu_set_const(tu, "__GFP_DIRECT_RECLAIM", 0x400);
	pgc_tu_set_const(tu, "PMD_SIZE", 0x200000);
	pgc_func_add_param(tu, f, "pud");
	pgc_func_add_param(tu, f, "lock");
	pgc_func_add_param(tu, f, "c");
	for (b = 0; b < nblocks; b++)
		bb[b] = pgc_block_new(tu, f);
	for (b = 0; b < nblocks; b++) {
		struct pgc_pos pos = pgc_pos_make(tu, "bench.c", b + 2, 1);
		const struct pgc_value *x, *y, *pmd;
		unsigned int id, k;

		/* Assignments spread over all nvals variables. */
		for (k = 0; k < 4; k++) {
			snprintf(name, sizeof(name), "v%u", (b * 4 + k) % nvals);
			x = pgc_val_var(tu, name);
			snprintf(name, sizeof(name), "v%u",
				 (b * 7 + k + 1) % nvals);
			y = pgc_val_var(tu, name);
			pgc_ev_assign(tu, bb[b], pos, x, y);
		}
		snprintf(name, sizeof(name), "v%u", b % nvals);
		pmd = pgc_val_var(tu, name);
		args[0] = pgc_val_var(tu, "pud");
		args[1] = pgc_val_const(tu, (int64_t)b << 21);
		id = pgc_ev_call(tu, f, bb[b], pos, "pmd_offset", NULL, 2, args);
		pgc_ev_assign(tu, bb[b], pos, pmd, pgc_val_call(tu, id));
		args[0] = pgc_val_deref(tu, pmd);
		id = pgc_ev_call(tu, f, bb[b], pos, "pmd_page_vaddr", NULL, 1,
				 args);
		args[0] = pmd;
		pgc_ev_call(tu, f, bb[b], pos, "pmd_clear", NULL, 1, args);
		args[0] = pgc_val_var(tu, "addr");
		args[1] = pgc_val_add(tu, args[0], 0x200000);
		pgc_ev_call(tu, f, bb[b], pos, "flush_tlb_kernel_range", NULL,
			    2, args);
		args[0] = pgc_val_call(tu, id);
		pgc_ev_call(tu, f, bb[b], pos, "free_page", NULL, 1, args);
		args[0] = pgc_val_var(tu, "lock");
		pgc_ev_call(tu, f, bb[b], pos, "spin_lock", NULL, 1, args);
		args[0] = pgc_val_const(tu, 64);
		args[1] = pgc_val_const(tu, 0xa20);
		pgc_ev_call(tu, f, bb[b], pos, "kmalloc", NULL, 2, args);
		args[0] = pgc_val_var(tu, "lock");
		pgc_ev_call(tu, f, bb[b], pos, "spin_unlock", NULL, 1, args);
		/* Diamonds: b -> b+1, b+2 -> b+3; a back edge every 16. */
		if (b + 3 < nblocks && b % 3 == 0) {
			pgc_block_set_branch(tu, bb[b], pgc_val_var(tu, "c"),
					     b + 1, b + 2);
		} else if (b % 3 == 1 && b + 2 < nblocks) {
			pgc_block_add_succ(tu, bb[b], b + 2);
		} else if (b + 1 < nblocks) {
			if (b % 16 == 15)
				pgc_block_set_branch(tu, bb[b],
						     pgc_val_var(tu, "c"),
						     b - 15, b + 1);
			else
				pgc_block_add_succ(tu, bb[b], b + 1);
		} else {
			pgc_ev_return(tu, bb[b], pos, NULL);
		}
	}
	free(bb);
	return tu;
}

int main(int argc, char **argv)
{
	static const unsigned int full[][2] = {
		{ 64, 16 }, { 128, 16 }, { 256, 16 }, { 512, 16 },
		{ 1024, 16 }, { 256, 32 }, { 256, 64 }, { 256, 128 },
		{ 1024, 128 }, { 2048, 16 }, { 4096, 16 },
	};
	unsigned int sizes = sizeof(full) / sizeof(full[0]), i;
	struct pgc_vocab *v = pgc_vocab_new_default();
	struct pgc_options o;
	struct pgc_stats st;
	double base = 0;

	if (argc > 1 && !strcmp(argv[1], "--quick"))
		sizes = 5;
	pgc_options_init(&o);
	o.scan_sources = 0;
	o.stats = &st;
	printf("%7s %7s %8s %8s %8s %10s %9s %8s\n", "blocks", "vars",
	       "events", "slots", "visits", "ms", "ns/cell", "growth");
	for (i = 0; i < sizes; i++) {
		unsigned int nb = full[i][0], nv = full[i][1];
		struct pgc_tu *tu = generate(nb, nv);
		double t0, t, best = 1e9;
		int rep, findings = 0;

		for (rep = 0; rep < 3; rep++) {
			t0 = now();
			pgc_analyze(tu, v, &o, no_diag, &findings);
			t = now() - t0;
			if (t < best)
				best = t;
		}
		/* A cell is one tracked value in one block's state. */
		t = best * 1e9 / (double)st.cells;
		if (!base)
			base = t;
		printf("%7u %7u %8lu %8lu %8lu %10.2f %9.2f %8.2f\n", nb, nv,
		       st.events, st.slots, st.block_visits, best * 1e3, t,
		       t / base);
		pgc_tu_free(tu);
	}
	pgc_vocab_free(v);
	return 0;
}
