// SPDX-License-Identifier: GPL-2.0
/*
 * A no-alloc function calls a same-file helper that allocates a tracking
 * record with GFP_ATOMIC.
 *
 * Expectation: alloc-in-noalloc at the call to the helper, inside the
 * no-alloc function.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

struct unmap_record {
	unsigned long addr;
};

extern void record_unmap(struct unmap_record *r);

static void log_unmap(unsigned long addr)
{
	struct unmap_record *r = kmalloc(sizeof(*r), GFP_ATOMIC);

	if (r) {
		r->addr = addr;
		record_unmap(r);
	}
}

int __pgcheck_noalloc unmap_pte_table(pmd_t *pmd, unsigned long addr);
int __pgcheck_noalloc unmap_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	pte_free_kernel(&init_mm, pte);
	log_unmap(addr);	/* expect: alloc-in-noalloc */
	return 1;
}
