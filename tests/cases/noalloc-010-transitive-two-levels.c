// SPDX-License-Identifier: GPL-2.0
/*
 * The allocation is two calls deep: the no-alloc function calls a helper,
 * which calls another helper that allocates with GFP_KERNEL.
 *
 * Expectation: alloc-in-noalloc at the call inside the no-alloc function;
 * the helpers themselves are not no-alloc.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>
#include <pgcheck/annotations.h>

struct unmap_stats {
	unsigned long tables;
};

static struct unmap_stats *stats;

static void stats_init(void)
{
	if (!stats)
		stats = kzalloc(sizeof(*stats), GFP_KERNEL);
}

static void account_table_free(void)
{
	stats_init();
	if (stats)
		stats->tables++;
}

int __pgcheck_noalloc unmap_pte_table(pmd_t *pmd, unsigned long addr);
int __pgcheck_noalloc unmap_pte_table(pmd_t *pmd, unsigned long addr)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	flush_tlb_kernel_range(addr, addr + PMD_SIZE);
	pte_free_kernel(&init_mm, pte);
	account_table_free();	/* expect: alloc-in-noalloc */
	return 1;
}
