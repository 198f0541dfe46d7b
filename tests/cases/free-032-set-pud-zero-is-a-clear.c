// SPDX-License-Identifier: GPL-2.0
/*
 * The entry is cleared by storing a zero value with set_pud(), as several
 * architectures' pud_clear() is written, and the pmd table is freed without
 * a flush.
 *
 * Expectation: reported at pmd_free(); set_pud(p, __pud(0)) is a clear.
 */
#include <linux/mm.h>
#include <asm/pgalloc.h>

void drop_pmd_table(pud_t *pud);
void drop_pmd_table(pud_t *pud)
{
	pmd_t *pmd = pud_pgtable(*pud);

	set_pud(pud, __pud(0));
	pmd_free(&init_mm, pmd);	/* expect: pgtable-free-unflushed */
}
