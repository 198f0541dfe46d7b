// SPDX-License-Identifier: GPL-2.0
/*
 * synchronize_rcu() between clear and free: it waits for RCU readers, which
 * protects lockless software walkers, but does not invalidate the hardware
 * paging-structure caches.
 *
 * Expectation: reported at the free.
 */
#include <linux/mm.h>
#include <linux/rcupdate.h>
#include <asm/pgalloc.h>

void retire_pte_table(pmd_t *pmd);
void retire_pte_table(pmd_t *pmd)
{
	pte_t *pte = (pte_t *)pmd_page_vaddr(*pmd);

	pmd_clear(pmd);
	synchronize_rcu();
	pte_free_kernel(&init_mm, pte);	/* expect: pgtable-free-unflushed */
}
