// SPDX-License-Identifier: GPL-2.0
/*
 * A page-table teardown marked __pgcheck_noalloc grows its batch of pages to
 * free with __get_free_page(GFP_NOWAIT | __GFP_NOWARN), the way
 * mm/mmu_gather.c tlb_next_batch() does.  It never sleeps, but it is an
 * allocation in a path that must not allocate.
 *
 * Expectation: alloc-in-noalloc at the allocation (any mask counts).
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

#define BATCH_MAX	((PAGE_SIZE / sizeof(void *)) - 2)

struct page_batch {
	struct page_batch *next;
	unsigned int nr;
	pte_t *tables[BATCH_MAX];
};

int __pgcheck_noalloc queue_pte_table(struct page_batch **batch, pte_t *pte);
int __pgcheck_noalloc queue_pte_table(struct page_batch **batch, pte_t *pte)
{
	struct page_batch *b = *batch;

	if (b->nr == BATCH_MAX) {
		b = (void *)__get_free_page(GFP_NOWAIT | __GFP_NOWARN);	/* expect: alloc-in-noalloc */
		if (!b)
			return -ENOMEM;
		b->next = *batch;
		b->nr = 0;
		*batch = b;
	}
	b->tables[b->nr++] = pte;
	return 0;
}
