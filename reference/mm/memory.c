// SPDX-License-Identifier: GPL-2.0
/*
 * Allocation of kernel page-table pages on demand (mm/memory.c): allocate
 * with a sleeping mask first, then take the page-table lock only to hook
 * the new table, and free it if someone else got there first.
 *
 * Broken variant, chosen at build time (declared below):
 *   alloclock  the pte table is allocated with page_table_lock held
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/pgalloc.h>

/* pgcheck-variant alloclock: -DREF_BUG_ALLOC_UNDER_LOCK */

int __pte_alloc_kernel(pmd_t *pmd)
{
	pte_t *new;

#ifdef REF_BUG_ALLOC_UNDER_LOCK
	spin_lock(&init_mm.page_table_lock);
	new = pte_alloc_one_kernel(&init_mm); /* expect(alloclock): sleeping-alloc-in-atomic */
	if (!new) {
		spin_unlock(&init_mm.page_table_lock);
		return -ENOMEM;
	}
#else
	new = pte_alloc_one_kernel(&init_mm);
	if (!new)
		return -ENOMEM;

	spin_lock(&init_mm.page_table_lock);
#endif
	if (likely(pmd_none(*pmd))) {	/* Has another populated it ? */
		smp_wmb(); /* the table's zeroes before the entry */
		pmd_populate_kernel(&init_mm, pmd, new);
		new = NULL;
	}
	spin_unlock(&init_mm.page_table_lock);
	if (new)
		pte_free_kernel(&init_mm, new);
	return 0;
}

int __pmd_alloc(struct mm_struct *mm, pud_t *pud, unsigned long address)
{
	pmd_t *new = pmd_alloc_one(mm, address);

	if (!new)
		return -ENOMEM;

	spin_lock(&mm->page_table_lock);
	if (!pud_present(*pud)) {
		smp_wmb(); /* the table's zeroes before the entry */
		pud_populate(mm, pud, new);
	} else {	/* Another has populated it */
		pmd_free(mm, new);
	}
	spin_unlock(&mm->page_table_lock);
	return 0;
}

int __pud_alloc(struct mm_struct *mm, p4d_t *p4d, unsigned long address)
{
	pud_t *new = pud_alloc_one(mm, address);

	if (!new)
		return -ENOMEM;

	spin_lock(&mm->page_table_lock);
	if (!p4d_present(*p4d)) {
		smp_wmb(); /* the table's zeroes before the entry */
		p4d_populate(mm, p4d, new);
	} else {	/* Another has populated it */
		pud_free(mm, new);
	}
	spin_unlock(&mm->page_table_lock);
	return 0;
}
