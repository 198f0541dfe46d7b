// SPDX-License-Identifier: GPL-2.0
/*
 * The forward dataflow framework: a product of fact families (values,
 * atomic depth, page-table entries), each with its own lattice, join and
 * transfer.  A worklist runs them to the fixpoint; nothing is reported
 * here: rules look at the fixpoint states afterwards (analyze.c), the way
 * clang's UninitializedValues computes first and reports second.
 */
#include <stdlib.h>
#include <string.h>

#include "analysis.h"

static const struct pgc_family *const families[PGC_NFAMILIES] = {
	[PGC_FAM_VALUES] = &pgc_family_values,
	[PGC_FAM_ATOMIC] = &pgc_family_atomic,
	[PGC_FAM_PGTABLE] = &pgc_family_pgtable,
};

struct pgc_state *pgc_state_new(const struct pgc_solution *s)
{
	struct pgc_state *st = calloc(1, sizeof(*st) + s->bytes + 16);
	unsigned char *base = (unsigned char *)(st + 1);
	int f;

	if (!st)
		abort();
	for (f = 0; f < PGC_NFAMILIES; f++)
		st->part[f] = base + s->off[f];
	return st;
}

void pgc_state_free(struct pgc_state *st)
{
	free(st);
}

void pgc_state_copy(const struct pgc_solution *s, struct pgc_state *dst,
		    const struct pgc_state *src)
{
	dst->reached = src->reached;
	memcpy(dst->part[0], src->part[0], s->bytes);
}

/* dst = dst join src; returns non-zero if dst changed. */
static int join(const struct pgc_solution *s, struct pgc_state *dst,
		const struct pgc_state *src)
{
	int f, changed = 0;

	if (!src->reached)
		return 0;
	if (!dst->reached) {
		pgc_state_copy(s, dst, src);
		return 1;
	}
	for (f = 0; f < PGC_NFAMILIES; f++)
		changed |= families[f]->join(s->fx, dst, src);
	return changed;
}

void pgc_transfer(const struct pgc_solution *s, struct pgc_state *st,
		  unsigned int ev)
{
	int f;

	for (f = 0; f < PGC_NFAMILIES; f++)
		if (families[f]->transfer)
			families[f]->transfer(s->fx, st, ev);
}

static void init_states(struct pgc_solution *s)
{
	const struct pgc_fctx *fx = s->fx;
	unsigned int b;
	size_t off = 0;
	int f;

	for (f = 0; f < PGC_NFAMILIES; f++) {
		s->off[f] = off;
		off += (families[f]->size(fx) + 15) & ~(size_t)15;
	}
	s->bytes = off;
	s->in = calloc(fx->fn->nblocks + 1, sizeof(*s->in));
	if (!s->in)
		abort();
	for (b = 0; b < fx->fn->nblocks; b++) {
		struct pgc_state *st = pgc_state_new(s);

		/* The parts point into st's buffer; freed in solution_free. */
		s->in[b] = *st;
	}
}

struct pgc_solution *pgc_solve(struct pgc_fctx *fx)
{
	const struct pgc_func *fn = fx->fn;
	struct pgc_solution *s = calloc(1, sizeof(*s));
	unsigned int n = fn->nblocks, head = 0, tail = 0, qlen = 0;
	unsigned int *queue;
	unsigned char *queued;
	struct pgc_state *cur, *edge, *exit;
	int f;

	if (!s)
		abort();
	s->fx = fx;
	init_states(s);
	cur = pgc_state_new(s);
	edge = pgc_state_new(s);
	exit = pgc_state_new(s);
	s->exit = *exit;
	queue = malloc((n + 1) * sizeof(*queue));
	queued = calloc(n + 1, 1);
	if (!queue || !queued)
		abort();
	if (n) {
		s->in[0].reached = 1;
		for (f = 0; f < PGC_NFAMILIES; f++)
			families[f]->init_entry(fx, &s->in[0]);
		queue[tail] = 0;
		tail = (tail + 1) % (n + 1);
		queued[0] = 1;
		qlen = 1;
	}
	/* FIFO worklist from the entry: a block is revisited only when its
	 * input changed, and every lattice has a small finite height.  A
	 * branch on a known constant follows only the edge it takes. */
	while (qlen) {
		unsigned int b = queue[head], e, k;
		const struct pgc_block *bb = fn->blocks[b];
		int64_t cval;
		int taken;

		head = (head + 1) % (n + 1);
		qlen--;
		queued[b] = 0;
		s->iterations++;
		pgc_state_copy(s, cur, &s->in[b]);
		for (e = fx->block_first[b]; e < fx->block_first[b + 1]; e++) {
			pgc_transfer(s, cur, e);
			if (fx->evs[e].ev->flags & PGC_EVF_NORETURN)
				break;
		}
		/* A call that does not return ends the path. */
		if (e < fx->block_first[b + 1])
			continue;
		if (!bb->nsuccs) {
			join(s, &s->exit, cur);
			continue;
		}
		taken = -1;
		if (bb->cond && pgc_value_const(fx, cur, bb->cond, &cval))
			taken = cval ? 0 : 1;
		for (k = 0; k < bb->nsuccs; k++) {
			unsigned int succ = bb->succs[k];
			const struct pgc_state *out = cur;

			if (succ >= n || (taken >= 0 && (int)k != taken))
				continue;
			if (bb->cond) {
				pgc_state_copy(s, edge, cur);
				for (f = 0; f < PGC_NFAMILIES; f++)
					if (families[f]->edge)
						families[f]->edge(fx, edge, bb, k);
				out = edge;
			}
			if (join(s, &s->in[succ], out) && !queued[succ]) {
				queued[succ] = 1;
				queue[tail] = succ;
				tail = (tail + 1) % (n + 1);
				qlen++;
			}
		}
	}
	pgc_state_free(cur);
	pgc_state_free(edge);
	/* exit's storage is owned by s->exit from here on */
	free(queue);
	free(queued);
	return s;
}

void pgc_solution_free(struct pgc_solution *s)
{
	unsigned int b;

	if (!s)
		return;
	for (b = 0; b < s->fx->fn->nblocks; b++)
		free((struct pgc_state *)(s->in[b].part[0] - s->off[0]) - 1);
	free((struct pgc_state *)(s->exit.part[0] - s->off[0]) - 1);
	free(s->in);
	free(s);
}

void pgc_replay(const struct pgc_solution *s, pgc_replay_fn fn, void *ctx)
{
	const struct pgc_fctx *fx = s->fx;
	struct pgc_state *st = pgc_state_new(s);
	unsigned int b, e;

	for (b = 0; b < fx->fn->nblocks; b++) {
		if (!s->in[b].reached)
			continue;
		pgc_state_copy(s, st, &s->in[b]);
		for (e = fx->block_first[b]; e < fx->block_first[b + 1]; e++) {
			fn(s, st, e, ctx);
			pgc_transfer(s, st, e);
			if (fx->evs[e].ev->flags & PGC_EVF_NORETURN)
				break;
		}
	}
	pgc_state_free(st);
}
