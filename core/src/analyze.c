// SPDX-License-Identifier: GPL-2.0
/*
 * pgc_analyze(): classify calls, compute summaries bottom-up over the call
 * graph (Tarjan's SCCs; a recursive cycle is iterated until its summaries
 * stop changing, at most MAX_ROUNDS times), then run every function to its
 * fixpoint once more and let the rules look at the fixpoint states.
 * Findings are sorted, de-duplicated, filtered by suppressions and handed
 * to the caller's callback.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"

#define MAX_ROUNDS	8

static const struct pgc_rule_def *const rules[] = {
	&pgc_rule_pgtable_free_unflushed,
	&pgc_rule_flush_range_short,
	&pgc_rule_sleeping_alloc_in_atomic,
	&pgc_rule_alloc_in_noalloc,
};

const char *pgc_callee_name(const struct pgc_event *ev)
{
	if (ev->spelled)
		return ev->spelled;
	return ev->callee ? ev->callee : "(indirect call)";
}

struct pgc_summary *pgc_summary_of(struct pgc_analysis *an,
				   const struct pgc_func *fn)
{
	struct pgc_summary *s = pgc_strmap_get(&an->sums, fn->name);

	if (!s) {
		s = pgc_arena_alloc(an->arena, sizeof(*s));
		pgc_strmap_put(&an->sums, fn->name, s);
	}
	return s;
}

static unsigned int contract_of(const struct pgc_analysis *an,
				const char *name)
{
	const struct pgc_ventry *ve = pgc_vocab_func(an->vocab, name);

	if (!ve)
		return 0;
	if (ve->cat == PGC_CAT_NOALLOC)
		return PGC_FN_NOALLOC;
	if (ve->cat == PGC_CAT_MAY_ALLOC)
		return PGC_FN_MAY_ALLOC;
	return 0;
}

unsigned int pgc_func_attrs(const struct pgc_analysis *an,
			    const struct pgc_func *fn)
{
	return fn->attrs | contract_of(an, fn->name);
}

static int is_contract(const struct pgc_ventry *ve)
{
	return ve && (ve->cat == PGC_CAT_NOALLOC || ve->cat == PGC_CAT_MAY_ALLOC);
}

/*
 * The spelled (macro) name first, then the callee; the vocabulary wins over
 * a body in the TU (kernel-style headers define pmd_clear() with a body).
 */
struct pgc_callinfo pgc_classify(struct pgc_analysis *an,
				 const struct pgc_event *ev)
{
	struct pgc_callinfo ci = { NULL, NULL, NULL, 0 };
	const struct pgc_ventry *ve = pgc_vocab_func(an->vocab, ev->spelled);

	if (!ve || is_contract(ve))
		ve = pgc_vocab_func(an->vocab, ev->callee);
	if (ve && !is_contract(ve)) {
		ci.ve = ve;
		return ci;
	}
	if (!ev->callee)
		return ci;
	ci.contract = contract_of(an, ev->callee);
	ci.fn = pgc_tu_find_func(an->tu, ev->callee);
	if (ci.fn) {
		ci.contract |= ci.fn->attrs;
		if (ci.fn->has_body)
			ci.sum = pgc_summary_of(an, ci.fn);
	}
	return ci;
}

/* ---- Call graph order ------------------------------------------------------ */

struct cg {
	struct pgc_analysis *an;
	unsigned int n;
	const struct pgc_func **fns;
	unsigned int **succ, *nsucc;
	int *index, *low, *onstack;
	unsigned int *stack, sp;
	int next;
	unsigned int *scc_of, nscc;
	unsigned int *order;	/* functions, callees' SCCs first */
	unsigned int norder;
	unsigned int *scc_start;
};

static int fn_index(struct cg *g, const struct pgc_func *f)
{
	unsigned int i;

	for (i = 0; i < g->n; i++)
		if (g->fns[i] == f)
			return (int)i;
	return -1;
}

static void strongconnect(struct cg *g, unsigned int v)
{
	unsigned int i;

	g->index[v] = g->low[v] = g->next++;
	g->stack[g->sp++] = v;
	g->onstack[v] = 1;
	for (i = 0; i < g->nsucc[v]; i++) {
		unsigned int w = g->succ[v][i];

		if (g->index[w] < 0) {
			strongconnect(g, w);
			if (g->low[w] < g->low[v])
				g->low[v] = g->low[w];
		} else if (g->onstack[w] && g->index[w] < g->low[v]) {
			g->low[v] = g->index[w];
		}
	}
	if (g->low[v] == g->index[v]) {
		unsigned int w;

		g->scc_start[g->nscc] = g->norder;
		do {
			w = g->stack[--g->sp];
			g->onstack[w] = 0;
			g->scc_of[w] = g->nscc;
			g->order[g->norder++] = w;
		} while (w != v);
		g->nscc++;
	}
}

static void build_cg(struct cg *g, struct pgc_analysis *an)
{
	struct pgc_tu *tu = an->tu;
	struct pgc_strmap idx;
	unsigned int i, b, e;

	memset(g, 0, sizeof(*g));
	g->an = an;
	g->fns = pgc_arena_alloc(an->arena, (tu->nfuncs + 1) * sizeof(*g->fns));
	for (i = 0; i < tu->nfuncs; i++)
		if (tu->funcs[i]->has_body)
			g->fns[g->n++] = tu->funcs[i];
	pgc_strmap_init(&idx, an->arena);
	for (i = 0; i < g->n; i++)
		pgc_strmap_put(&idx, g->fns[i]->name, (void *)(intptr_t)(i + 1));
	g->succ = pgc_arena_alloc(an->arena, (g->n + 1) * sizeof(*g->succ));
	g->nsucc = pgc_arena_alloc(an->arena, (g->n + 1) * sizeof(int));
	for (i = 0; i < g->n; i++) {
		const struct pgc_func *f = g->fns[i];
		unsigned int cap = 0;

		for (b = 0; b < f->nblocks; b++) {
			for (e = 0; e < f->blocks[b]->nevents; e++) {
				const struct pgc_event *ev = &f->blocks[b]->events[e];
				struct pgc_callinfo ci;
				void *p;

				if (ev->kind != PGC_EV_CALL || !ev->callee)
					continue;
				ci = pgc_classify(an, ev);
				if (!ci.sum)
					continue;
				p = pgc_strmap_get(&idx, ev->callee);
				if (!p)
					continue;
				pgc_arena_grow(an->arena, (void **)&g->succ[i],
					       &cap, g->nsucc[i] + 1,
					       sizeof(unsigned int));
				g->succ[i][g->nsucc[i]++] =
					(unsigned int)((intptr_t)p - 1);
			}
		}
	}
	g->index = pgc_arena_alloc(an->arena, (g->n + 1) * sizeof(int));
	g->low = pgc_arena_alloc(an->arena, (g->n + 1) * sizeof(int));
	g->onstack = pgc_arena_alloc(an->arena, (g->n + 1) * sizeof(int));
	g->stack = pgc_arena_alloc(an->arena, (g->n + 1) * sizeof(int));
	g->scc_of = pgc_arena_alloc(an->arena, (g->n + 1) * sizeof(int));
	g->order = pgc_arena_alloc(an->arena, (g->n + 1) * sizeof(int));
	g->scc_start = pgc_arena_alloc(an->arena, (g->n + 2) * sizeof(int));
	for (i = 0; i < g->n; i++)
		g->index[i] = -1;
	/* Tarjan emits an SCC only after every SCC it reaches: callees first. */
	for (i = 0; i < g->n; i++)
		if (g->index[i] < 0)
			strongconnect(g, i);
	g->scc_start[g->nscc] = g->norder;
	(void)fn_index;
}

static void count_solve(struct pgc_analysis *an, const struct pgc_fctx *fx,
			const struct pgc_solution *s)
{
	struct pgc_stats *st = an->opts->stats;

	if (!st)
		return;
	st->block_visits += s->iterations;
	st->cells += (unsigned long)fx->fn->nblocks * fx->nslots;
}

static void summarize_all(struct pgc_analysis *an)
{
	struct cg g;
	unsigned int c, i;

	build_cg(&g, an);
	for (c = 0; c < g.nscc; c++) {
		int round, changed = 1;

		for (round = 0; changed && round < MAX_ROUNDS; round++) {
			changed = 0;
			for (i = g.scc_start[c]; i < g.scc_start[c + 1]; i++) {
				const struct pgc_func *f = g.fns[g.order[i]];
				struct pgc_fctx *fx = pgc_fctx_new(an, f);
				struct pgc_solution *s = pgc_solve(fx);

				count_solve(an, fx, s);
				changed |= pgc_summarize(s, pgc_summary_of(an, f));
				pgc_solution_free(s);
				pgc_fctx_free(fx);
			}
			/* A lone function that does not call itself: done. */
			if (g.scc_start[c + 1] - g.scc_start[c] == 1) {
				unsigned int v = g.order[g.scc_start[c]], k;
				int self = 0;

				for (k = 0; k < g.nsucc[v]; k++)
					self |= g.succ[v][k] == v;
				if (!self)
					break;
			}
		}
		/* The bound was hit: say so, never a silent stop. */
		if (changed && round == MAX_ROUNDS && an->opts->notices) {
			const struct pgc_func *f = g.fns[g.order[g.scc_start[c]]];

			fprintf(an->opts->notices,
				"pgcheck: limit: %s:%u: the summaries of the "
				"recursive function %s (cycle of %u) did not "
				"settle in %d rounds; the last round's are used, "
				"findings through calls into the cycle may be "
				"missed\n", f->pos.file ? f->pos.file : "?",
				f->pos.line, f->name,
				g.scc_start[c + 1] - g.scc_start[c], MAX_ROUNDS);
		}
	}
}

static void print_summary(FILE *out, const struct pgc_func *f,
			  const struct pgc_summary *s)
{
	int k;

	fprintf(out, "summary %s:", f->name);
	if (s->may_alloc)
		fprintf(out, " may-alloc(%s)", s->alloc_chain);
	if (s->sleeps)
		fprintf(out, " sleeps(%s)", s->sleep_chain);
	if (s->gfp_params)
		fprintf(out, " gfp-params=%#x", s->gfp_params);
	if (s->own_gfp_params)
		fprintf(out, " gfp-params-under-own-lock=%#x", s->own_gfp_params);
	if (s->frees_param)
		fprintf(out, " frees-params=%#x", s->frees_param);
	if (s->clears_param_entry)
		fprintf(out, " clears-param-entries=%#x(flushed %#x)",
			s->clears_param_entry, s->flushes_param_entry);
	if (s->flushes)
		fprintf(out, " flushes");
	if (s->ret_known)
		fprintf(out, " returns=%lld", (long long)s->ret_value);
	if (!s->has_exit)
		fprintf(out, " no-exit");
	if (s->pure)
		fprintf(out, " pure");
	for (k = 0; k < PGC_NKINDS; k++)
		if (s->delta_lo[k] || s->delta_hi[k])
			fprintf(out, " %s[%d,%d]", pgc_kind_names[k],
				s->delta_lo[k], s->delta_hi[k]);
	for (k = 0; s->sleeps && k < PGC_NKINDS; k++)
		if (s->sleep_pred[k])
			fprintf(out, " sleeps-%s[%d iff predicate %u false, %d if true]",
				pgc_kind_names[k], s->sleep_if[k][0],
				s->sleep_pred[k], s->sleep_if[k][1]);
	for (k = 0; s->sleeps && k < PGC_MAXP; k++)
		if (s->sleep_no[k])
			fprintf(out, " sleeps-only-if-param%d-%s", k,
				s->sleep_no[k] == PGC_T_ZERO ? "nonzero" :
				"zero");
	fputc('\n', out);
}

/* ---- Findings ----------------------------------------------------------------- */

struct pgc_finding *pgc_report(const struct pgc_site *s, enum pgc_rule rule,
			       struct pgc_pos pos, const char *fmt, ...)
{
	struct pgc_analysis *an = s->an;
	struct pgc_finding *f;
	char buf[1024];
	va_list ap;

	pgc_arena_grow(an->arena, (void **)&an->findings, &an->findings_cap,
		       an->nfindings + 1, sizeof(*an->findings));
	f = &an->findings[an->nfindings++];
	memset(f, 0, sizeof(*f));
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	f->rule = rule;
	f->pos = pos;
	f->message = pgc_arena_strdup(an->arena, buf);
	f->function = s->fx->fn->name;
	return f;
}

void pgc_add_note(const struct pgc_site *s, struct pgc_finding *f,
		  struct pgc_pos pos, const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	if (!f || f->nnotes >= sizeof(f->notes) / sizeof(f->notes[0]) ||
	    !pos.line)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	f->notes[f->nnotes].pos = pos;
	f->notes[f->nnotes].label = pgc_arena_strdup(s->an->arena, buf);
	f->nnotes++;
}

static int cmp_pos(struct pgc_pos a, struct pgc_pos b)
{
	int c = strcmp(a.file ? a.file : "", b.file ? b.file : "");

	if (c)
		return c;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return 0;
}

static int cmp_finding(const void *pa, const void *pb)
{
	const struct pgc_finding *a = pa, *b = pb;
	int c = cmp_pos(a->pos, b->pos);

	if (c)
		return c;
	if (a->rule != b->rule)
		return (int)a->rule - (int)b->rule;
	/* Deterministic choice among duplicates, whatever the order found. */
	return strcmp(a->message, b->message);
}

static int same_finding(const struct pgc_finding *a,
			const struct pgc_finding *b)
{
	return !cmp_pos(a->pos, b->pos) && a->rule == b->rule;
}

static int suppressed(const struct pgc_tu *tu, const struct pgc_finding *f)
{
	unsigned int i;

	for (i = 0; i < tu->nsupps; i++) {
		const struct pgc_suppression *s = &tu->supps[i];

		if (strcmp(s->rule, "*") &&
		    strcmp(s->rule, pgc_rule_id(f->rule)))
			continue;
		if (strcmp(s->pos.file ? s->pos.file : "",
			   f->pos.file ? f->pos.file : ""))
			continue;
		if (s->pos.line == f->pos.line || s->pos.line + 1 == f->pos.line)
			return 1;
	}
	return 0;
}

static void scan_sources(struct pgc_analysis *an, pgc_diag_fn fn, void *ctx,
			 int *count)
{
	struct pgc_strmap seen;
	unsigned int i;

	pgc_strmap_init(&seen, an->arena);
	for (i = 0; i < an->nfindings; i++) {
		const char *file = an->findings[i].pos.file;
		int n;

		if (!file || pgc_strmap_get(&seen, file))
			continue;
		pgc_strmap_put(&seen, file, (void *)file);
		n = pgc_scan_suppressions_counted(an->tu, file, fn, ctx);
		if (n > 0)
			*count += n;
	}
}

static int deliver(struct pgc_analysis *an, pgc_diag_fn fn, void *ctx)
{
	int count = 0;
	unsigned int i;

	if (an->opts->scan_sources)
		scan_sources(an, fn, ctx, &count);
	if (an->nfindings)
		qsort(an->findings, an->nfindings, sizeof(*an->findings),
		      cmp_finding);
	for (i = 0; i < an->nfindings; i++) {
		const struct pgc_finding *f = &an->findings[i];
		struct pgc_diag d;

		if (i && same_finding(f, &an->findings[i - 1]))
			continue;
		if (suppressed(an->tu, f))
			continue;
		memset(&d, 0, sizeof(d));
		d.rule = pgc_rule_id(f->rule);
		d.pos = f->pos;
		d.message = f->message;
		d.function = f->function;
		d.notes = f->notes;
		d.nnotes = f->nnotes;
		if (fn)
			fn(&d, ctx);
		count++;
	}
	return count;
}

/* ---- Entry point ---------------------------------------------------------------- */

static void check_event(const struct pgc_solution *s, const struct pgc_state *st,
			unsigned int e, void *ctx)
{
	struct pgc_analysis *an = ctx;
	struct pgc_site site = { an, s->fx, st, e, &s->fx->evs[e] };
	unsigned int r;
	int k;

	/*
	 * Depths are clamped to [PGC_DEPTH_MIN, PGC_DEPTH_MAX]: past them a
	 * release is counted from the clamp, and later depths are wrong.
	 */
	for (k = 0; k < PGC_NKINDS && an->depth_noted != s->fx->fn; k++) {
		if (pgc_atomic_hi(st, k) < PGC_DEPTH_MAX &&
		    pgc_atomic_lo(st, k) > PGC_DEPTH_MIN)
			continue;
		an->depth_noted = s->fx->fn;
		if (an->opts->notices)
			fprintf(an->opts->notices,
				"pgcheck: limit: %s:%u: in %s, %s atomic "
				"sections nest %s than the analysis counts "
				"(%d to %d levels); depths from here on are "
				"not exact, findings in %s may be missed\n",
				site.info->ev->pos.file ?
				site.info->ev->pos.file : "?",
				site.info->ev->pos.line, s->fx->fn->name,
				pgc_kind_names[k],
				pgc_atomic_hi(st, k) >= PGC_DEPTH_MAX ?
				"deeper" : "further out", PGC_DEPTH_MIN,
				PGC_DEPTH_MAX, s->fx->fn->name);
	}

	for (r = 0; r < sizeof(rules) / sizeof(rules[0]); r++)
		if (an->opts->enabled[rules[r]->id])
			rules[r]->check(&site);
}

static void read_constants(struct pgc_analysis *an)
{
	const struct pgc_vocab *v = an->vocab;
	unsigned int i, l;

	for (i = 0; i < v->nsleep_bits && !an->have_sleep_bit; i++)
		an->have_sleep_bit = pgc_tu_get_const(an->tu, v->sleep_bit[i],
						      &an->sleep_bit);
	for (l = 0; l < PGC_NLEVELS; l++)
		for (i = 0; i < 4 && v->spans[l][i] && !an->span[l]; i++)
			if (!pgc_tu_get_const(an->tu, v->spans[l][i],
					      &an->span[l]) || an->span[l] < 0)
				an->span[l] = 0;
}

int pgc_analyze(struct pgc_tu *tu, const struct pgc_vocab *v,
		const struct pgc_options *o, pgc_diag_fn fn, void *ctx)
{
	struct pgc_analysis an;
	struct pgc_options defaults;
	unsigned int i;
	int count;

	if (!tu || !v)
		return -1;
	if (!o) {
		pgc_options_init(&defaults);
		o = &defaults;
	}
	if (o->stats)
		memset(o->stats, 0, sizeof(*o->stats));
	memset(&an, 0, sizeof(an));
	an.tu = tu;
	an.vocab = v;
	an.opts = o;
	an.arena = pgc_arena_new();
	pgc_strmap_init(&an.sums, an.arena);
	pgc_strmap_init(&an.preds, an.arena);
	read_constants(&an);
	summarize_all(&an);
	if (o->summaries)
		for (i = 0; i < tu->nfuncs; i++)
			if (tu->funcs[i]->has_body)
				print_summary(o->summaries, tu->funcs[i],
					      pgc_summary_of(&an, tu->funcs[i]));
	for (i = 0; i < tu->nfuncs; i++) {
		const struct pgc_func *f = tu->funcs[i];
		struct pgc_fctx *fx;
		struct pgc_solution *s;

		if (!f->has_body || !f->nblocks)
			continue;
		fx = pgc_fctx_new(&an, f);
		s = pgc_solve(fx);
		count_solve(&an, fx, s);
		if (o->stats) {
			o->stats->functions++;
			o->stats->blocks += f->nblocks;
			o->stats->events += fx->nevents;
			o->stats->slots += fx->nslots;
		}
		pgc_replay(s, check_event, &an);
		pgc_solution_free(s);
		pgc_fctx_free(fx);
	}
	count = deliver(&an, fn, ctx);
	pgc_arena_free(an.arena);
	return count;
}
