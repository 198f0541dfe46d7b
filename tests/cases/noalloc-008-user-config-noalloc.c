// SPDX-License-Identifier: GPL-2.0
/* pgcheck-config: noalloc-008-user-config-noalloc.vocab */
/*
 * Code that cannot be annotated is covered by a user config:
 * release_empty_tables is listed there as no-alloc.  It allocates a bitmap
 * of the slots to free.
 *
 * Expectation: alloc-in-noalloc at kcalloc().
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/pgalloc.h>
#include <asm/tlbflush.h>

int release_empty_tables(pmd_t *pmd, unsigned long addr, int nr);
int release_empty_tables(pmd_t *pmd, unsigned long addr, int nr)
{
	unsigned long *present = kcalloc((nr + 63) / 64, sizeof(long), GFP_KERNEL);	/* expect: alloc-in-noalloc */
	int i;

	if (!present)
		return -ENOMEM;

	for (i = 0; i < nr; i++)
		if (!pmd_none(pmd[i]))
			present[i / 64] |= 1UL << (i % 64);

	for (i = 0; i < nr; i++) {
		if (present[i / 64] & (1UL << (i % 64))) {
			pte_t *pte = (pte_t *)pmd_page_vaddr(pmd[i]);

			pmd_clear(&pmd[i]);
			flush_tlb_kernel_range(addr + i * PMD_SIZE, addr + (i + 1) * PMD_SIZE);
			pte_free_kernel(&init_mm, pte);
		}
	}
	kfree(present);
	return 0;
}
