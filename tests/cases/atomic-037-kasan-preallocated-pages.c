// SPDX-License-Identifier: GPL-2.0
/*
 * Twin of atomic-036 in the shape of the 2025 fix: the shadow pages are
 * allocated with GFP_KERNEL before the walk, and the callback only takes
 * them from the array (mm/kasan/shadow.c, kasan_populate_vmalloc_pte()).
 *
 * Expectation: clean.
 */
#include <linux/mm.h>
#include <linux/spinlock.h>

#define KASAN_VMALLOC_INVALID	0xF8
#define MAX_SHADOW_PAGES	PTRS_PER_PTE

struct vmalloc_populate_data {
	unsigned long start;
	struct page **pages;
};

static int kasan_populate_vmalloc_pte(pte_t *ptep, unsigned long addr,
				      void *_data)
{
	struct vmalloc_populate_data *data = _data;
	struct page *page;
	pte_t pte;
	int index;

	if (likely(!pte_none(*ptep)))
		return 0;

	index = PFN_DOWN(addr - data->start);
	page = data->pages[index];
	memset(page_to_virt(page), KASAN_VMALLOC_INVALID, PAGE_SIZE);
	pte = pfn_pte(page_to_pfn(page), PAGE_KERNEL);

	spin_lock(&init_mm.page_table_lock);
	if (likely(pte_none(*ptep))) {
		set_pte_at(&init_mm, addr, ptep, pte);
		data->pages[index] = NULL;
	}
	spin_unlock(&init_mm.page_table_lock);

	return 0;
}

int kasan_populate_pte_range(pmd_t *pmd, unsigned long addr,
			     unsigned long end, struct page **pages);
int kasan_populate_pte_range(pmd_t *pmd, unsigned long addr,
			     unsigned long end, struct page **pages)
{
	struct vmalloc_populate_data data = { .start = addr, .pages = pages };
	pte_t *pte = pte_offset_kernel(pmd, addr);
	unsigned long nr = (end - addr) >> PAGE_SHIFT;
	unsigned long i;
	int err = 0;

	for (i = 0; i < nr && i < MAX_SHADOW_PAGES; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			return -ENOMEM;
	}

	arch_enter_lazy_mmu_mode();

	do {
		err = kasan_populate_vmalloc_pte(pte++, addr, &data);
		if (err)
			break;
	} while (addr += PAGE_SIZE, addr != end);

	arch_leave_lazy_mmu_mode();

	return err;
}
