// SPDX-License-Identifier: GPL-2.0
/*
 * sleeping-alloc-in-atomic: an allocation whose mask may sleep (has the
 * __GFP_DIRECT_RECLAIM bit), or a call to a function that may make one,
 * while some atomic-context kind may be held.  With a mask passed in by the
 * caller under a lock the function takes itself, the finding is at the
 * allocation when some call site in the TU passes a sleeping mask.  In
 * PREEMPT_RT mode, any allocation under a raw spinlock or with IRQs off.
 */
#include "analysis.h"

static const char *const what[PGC_NKINDS] = {
	[PGC_K_SPIN] = "a spinlock is held",
	[PGC_K_RAW_SPIN] = "a raw spinlock is held",
	[PGC_K_RWLOCK] = "an rwlock is held",
	[PGC_K_IRQ] = "interrupts are disabled",
	[PGC_K_BH] = "bottom halves are disabled",
	[PGC_K_PREEMPT] = "preemption is disabled",
	[PGC_K_RCU] = "inside an RCU read-side critical section",
	[PGC_K_BIT_SPIN] = "a bit spinlock is held",
	[PGC_K_KMAP_ATOMIC] = "inside a kmap_atomic() section",
	[PGC_K_LAZY_MMU] = "in lazy MMU mode (atomic)",
};

static void lock_note(const struct pgc_site *s, struct pgc_finding *r, int k)
{
	int lock = pgc_atomic_lock_ev(s->st, k);

	if (lock >= 0)
		pgc_add_note(s, r, s->fx->evs[lock].ev->pos,
			     "atomic context (%s) entered here",
			     pgc_kind_names[k]);
}

static void on_alloc(const struct pgc_alloc_obs *o, void *ctx)
{
	const struct pgc_site *s = ctx;
	const struct pgc_event *ev = s->info->ev;
	struct pgc_finding *r;
	int k = pgc_alloc_atomic_kind(o);

	if (o->how == PGC_ALLOC_CALLEE_OWN) {
		if (!(o->gfp & PGC_G_SLEEP))
			return;
		r = pgc_report(s, PGC_RULE_SLEEPING_ALLOC_IN_ATOMIC, o->site,
			       "allocation under a lock with a mask from the caller; a caller passes a mask that may sleep");
		r->function = o->site_fn;
		pgc_add_note(s, r, ev->pos,
			     "%s called here with a mask that may sleep",
			     o->chain);
		return;
	}
	if (k >= 0 && (o->gfp & PGC_G_SLEEP)) {
		if (o->how == PGC_ALLOC_DIRECT)
			r = pgc_report(s, PGC_RULE_SLEEPING_ALLOC_IN_ATOMIC,
				       ev->pos,
				       "allocation with a mask that may sleep while %s",
				       what[k]);
		else
			r = pgc_report(s, PGC_RULE_SLEEPING_ALLOC_IN_ATOMIC,
				       ev->pos,
				       "call to %s, which may sleep to allocate, while %s",
				       pgc_callee_name(ev), what[k]);
		lock_note(s, r, k);
		if (o->how != PGC_ALLOC_DIRECT)
			pgc_add_note(s, r, o->site, "allocation here (%s)",
				     o->chain);
		return;
	}
	if (s->an->opts->preempt_rt && o->how == PGC_ALLOC_DIRECT &&
	    (o->depth[PGC_K_RAW_SPIN] > 0 || o->depth[PGC_K_IRQ] > 0)) {
		k = o->depth[PGC_K_RAW_SPIN] > 0 ? PGC_K_RAW_SPIN : PGC_K_IRQ;
		r = pgc_report(s, PGC_RULE_SLEEPING_ALLOC_IN_ATOMIC, ev->pos,
			       "allocation while %s: not allowed at all under PREEMPT_RT",
			       what[k]);
		lock_note(s, r, k);
	}
}

static void check(const struct pgc_site *s)
{
	pgc_alloc_observe(s->fx, s->st, s->ev, on_alloc, (void *)s);
}

const struct pgc_rule_def pgc_rule_sleeping_alloc_in_atomic = {
	.id = PGC_RULE_SLEEPING_ALLOC_IN_ATOMIC,
	.check = check,
};
