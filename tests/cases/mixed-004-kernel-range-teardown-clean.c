// SPDX-License-Identifier: GPL-2.0
/*
 * A complete, correct kernel-range teardown in the style of vunmap plus
 * table reclaim: walk pud -> pmd, clear each empty pmd under
 * init_mm.page_table_lock, collect the pte tables, flush the whole range
 * once, free the tables, and only then allocate (GFP_KERNEL, outside any
 * lock) a record for the caller.  The walk itself is no-alloc.
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

#define MAX_RECLAIM	8

struct reclaim_batch {
	pte_t *tables[MAX_RECLAIM];
	int nr;
};

static bool pte_table_empty(pte_t *pte)
{
	int i;

	for (i = 0; i < PTRS_PER_PTE; i++)
		if (!pte_none(pte[i]))
			return false;
	return true;
}

static void __pgcheck_noalloc unhook_empty_pte_tables(pmd_t *pmd,
						      unsigned long addr,
						      unsigned long end,
						      struct reclaim_batch *b)
{
	unsigned long next;

	do {
		next = pmd_addr_end(addr, end);
		if (pmd_none(*pmd) || pmd_leaf(*pmd))
			continue;
		if (b->nr == MAX_RECLAIM)
			break;
		if (!pte_table_empty((pte_t *)pmd_page_vaddr(*pmd)))
			continue;

		spin_lock(&init_mm.page_table_lock);
		b->tables[b->nr++] = (pte_t *)pmd_page_vaddr(*pmd);
		pmd_clear(pmd);
		spin_unlock(&init_mm.page_table_lock);
	} while (pmd++, addr = next, addr != end);
}

struct reclaim_report {
	unsigned long start, end;
	int tables;
};

struct reclaim_report *reclaim_pte_tables(pud_t *pud, unsigned long start,
					  unsigned long end);
struct reclaim_report *reclaim_pte_tables(pud_t *pud, unsigned long start,
					  unsigned long end)
{
	struct reclaim_batch batch = { .nr = 0 };
	struct reclaim_report *report;
	int i;

	unhook_empty_pte_tables(pmd_offset(pud, start), start, end, &batch);

	flush_tlb_kernel_range(start, end);

	for (i = 0; i < batch.nr; i++)
		pte_free_kernel(&init_mm, batch.tables[i]);

	report = kmalloc(sizeof(*report), GFP_KERNEL);
	if (report) {
		report->start = start;
		report->end = end;
		report->tables = batch.nr;
	}
	return report;
}
