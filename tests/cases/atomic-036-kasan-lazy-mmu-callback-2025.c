// SPDX-License-Identifier: GPL-2.0
/*
 * KASAN vmalloc shadow population before the 2025 fix "kasan: avoid
 * sleepable page allocation from atomic context": the pte callback
 * allocated each shadow page with __get_free_page(GFP_KERNEL), but the
 * page-table walker calls it in lazy-MMU mode, which disables preemption
 * on powerpc (and arm64 and sparc since).
 *
 * In mm/memory.c apply_to_pte_range() reaches the callback through a
 * function pointer, which no engine can follow; this case writes the walk
 * with the callback called by name, so the lazy-MMU section is visible in
 * the translation unit.
 *
 * Expectation: reported at the call of the callback inside the lazy-MMU
 * section (the call to a same-file function that may allocate).  The
 * free_page() of the unused page is not a page-table free.
 */
#include <linux/mm.h>
#include <linux/spinlock.h>

#define KASAN_VMALLOC_INVALID	0xF8

static int kasan_populate_vmalloc_pte(pte_t *ptep, unsigned long addr,
				      void *unused)
{
	unsigned long page;
	pte_t pte;

	if (likely(!pte_none(*ptep)))
		return 0;

	page = __get_free_page(GFP_KERNEL);
	if (!page)
		return -ENOMEM;

	memset((void *)page, KASAN_VMALLOC_INVALID, PAGE_SIZE);
	pte = pfn_pte(PFN_DOWN(__pa(page)), PAGE_KERNEL);

	spin_lock(&init_mm.page_table_lock);
	if (likely(pte_none(*ptep))) {
		set_pte_at(&init_mm, addr, ptep, pte);
		page = 0;
	}
	spin_unlock(&init_mm.page_table_lock);
	if (page)
		free_page(page);
	return 0;
}

int kasan_populate_pte_range(pmd_t *pmd, unsigned long addr,
			     unsigned long end);
int kasan_populate_pte_range(pmd_t *pmd, unsigned long addr,
			     unsigned long end)
{
	pte_t *pte = pte_offset_kernel(pmd, addr);
	int err = 0;

	arch_enter_lazy_mmu_mode();

	do {
		err = kasan_populate_vmalloc_pte(pte++, addr, NULL);	/* expect: sleeping-alloc-in-atomic */
		if (err)
			break;
	} while (addr += PAGE_SIZE, addr != end);

	arch_leave_lazy_mmu_mode();

	return err;
}
