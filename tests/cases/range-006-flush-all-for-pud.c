// SPDX-License-Identifier: GPL-2.0
/*
 * A pud-level teardown that flushes everything before freeing the pmd
 * table.
 *
 * Expectation: clean; a flush-everything call covers any span.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

void free_pmd_level(pud_t *pud);
void free_pmd_level(pud_t *pud)
{
	pmd_t *pmd = pud_pgtable(*pud);

	pud_clear(pud);
	flush_tlb_all();
	pmd_free(&init_mm, pmd);
}
