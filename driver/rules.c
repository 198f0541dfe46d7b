// SPDX-License-Identifier: GPL-2.0
/* The four rule ids of BRIEF §2; the full text is docs/rules/<id>.md. */
#include "rules.h"

#include <string.h>

const struct rule_info rule_infos[] = {
	{
		"pgtable-free-unflushed", "PgtableFreeUnflushed",
		"A page-table page is freed while the entry pointing at it is "
		"live, or after it was cleared but before a TLB flush.",
		"CPUs cache upper-level page-table entries (paging-structure "
		"caches). Freeing the table page below an entry is safe only "
		"in this order: 1) clear the entry, 2) flush the TLB and "
		"paging-structure caches covering it, 3) free the table page. "
		"On some path this free comes before the clear or before the "
		"flush, so a CPU may still walk into the freed and reused "
		"page.",
	},
	{
		"flush-range-short", "FlushRangeShort",
		"The flush between clearing a table entry and freeing its "
		"table covers less than the span that entry mapped.",
		"A pmd entry maps PMD_SIZE and a pud entry PUD_SIZE. A range "
		"flush issued between clearing such an entry and freeing the "
		"table below it must cover that whole span, or cached "
		"translations for the rest of it survive the free. Flush the "
		"entry's full range, or use a walk-cache flush made for table "
		"teardown.",
	},
	{
		"sleeping-alloc-in-atomic", "SleepingAllocInAtomic",
		"An allocation that may sleep happens in atomic context.",
		"The allocation (or a call that may allocate) can sleep "
		"because its gfp mask contains __GFP_DIRECT_RECLAIM (e.g. "
		"GFP_KERNEL), but it runs while a spinlock or rwlock is held, "
		"IRQs, BHs or preemption are off, or inside an RCU read-side "
		"section. Allocate before entering the atomic section, or use "
		"GFP_ATOMIC / GFP_NOWAIT and handle failure.",
	},
	{
		"alloc-in-noalloc", "AllocInNoalloc",
		"A function that must not allocate allocates, directly or "
		"through a callee.",
		"The function is annotated __pgcheck_noalloc or listed as "
		"no-alloc in the vocabulary or the user's config: code paths "
		"that free memory should not need memory. Move the "
		"allocation out of the path, or preallocate.",
	},
};

const int nr_rule_infos = sizeof(rule_infos) / sizeof(rule_infos[0]);

const struct rule_info *rule_info(const char *id)
{
	for (int i = 0; i < nr_rule_infos; i++)
		if (!strcmp(rule_infos[i].id, id))
			return &rule_infos[i];
	return NULL;
}
