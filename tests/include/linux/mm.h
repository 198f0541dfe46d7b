/* SPDX-License-Identifier: GPL-2.0 */
/* Modelled on Linux 6.1 include/linux/mm.h (the parts cases use). */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mm_types.h>
#include <linux/pgtable.h>
#include <linux/spinlock.h>
#include <asm/page.h>

#define VM_HUGETLB	0x00400000

static __always_inline void *lowmem_page_address(const struct page *page)
{
	return page_to_virt(page);
}

/* !HASHED_PAGE_VIRTUAL && !WANT_PAGE_VIRTUAL */
#define page_address(page) lowmem_page_address(page)

extern void adjust_managed_page_count(struct page *page, long count);
extern void __ClearPageReserved(struct page *page);
extern void __SetPageTable(struct page *page);
extern void __ClearPageTable(struct page *page);
extern void put_page(struct page *page);

static inline void init_page_count(struct page *page)
{
	page->_refcount.counter = 1;
}

/* Free the reserved page into the buddy system, so it gets managed. */
static inline void free_reserved_page(struct page *page)
{
	__ClearPageReserved(page);
	init_page_count(page);
	__free_page(page);
	adjust_managed_page_count(page, 1);
}

static inline bool pgtable_pte_page_ctor(struct page *page)
{
	__SetPageTable(page);
	return true;
}

static inline void pgtable_pte_page_dtor(struct page *page)
{
	__ClearPageTable(page);
}

static inline bool pgtable_pmd_page_ctor(struct page *page)
{
	__SetPageTable(page);
	return true;
}

static inline void pgtable_pmd_page_dtor(struct page *page)
{
	__ClearPageTable(page);
}

/*
 * struct ptdesc helpers, as Linux 6.6 has them (6.1 has none): the
 * conversions keep the identity of the page.
 */
#define page_ptdesc(p)			((struct ptdesc *)(p))
#define ptdesc_page(pt)			((struct page *)(pt))

static inline struct ptdesc *virt_to_ptdesc(const void *x)
{
	return page_ptdesc(virt_to_page(x));
}

static inline void *ptdesc_address(const struct ptdesc *pt)
{
	return page_address(ptdesc_page(pt));
}

/**
 * pagetable_alloc - Allocate pagetables
 * @gfp:    GFP flags
 * @order:  desired pagetable order
 */
static inline struct ptdesc *pagetable_alloc(gfp_t gfp, unsigned int order)
{
	struct page *page = alloc_pages(gfp | __GFP_COMP, order);

	return page_ptdesc(page);
}

/**
 * pagetable_free - Free pagetables
 * @pt:	The page table descriptor
 */
static inline void pagetable_free(struct ptdesc *pt)
{
	struct page *page = ptdesc_page(pt);

	__free_pages(page, 0);
}

int __pud_alloc(struct mm_struct *mm, p4d_t *p4d, unsigned long address);
int __pmd_alloc(struct mm_struct *mm, pud_t *pud, unsigned long address);
int __pte_alloc_kernel(pmd_t *pmd);

static inline pud_t *pud_alloc(struct mm_struct *mm, p4d_t *p4d,
		unsigned long address)
{
	return (unlikely(p4d_none(*p4d)) && __pud_alloc(mm, p4d, address)) ?
		NULL : pud_offset(p4d, address);
}

static inline pmd_t *pmd_alloc(struct mm_struct *mm, pud_t *pud, unsigned long address)
{
	return (unlikely(pud_none(*pud)) && __pmd_alloc(mm, pud, address))?
		NULL: pmd_offset(pud, address);
}

#define pte_alloc_kernel(pmd, address)			\
	((unlikely(pmd_none(*(pmd))) && __pte_alloc_kernel(pmd))? \
		NULL: pte_offset_kernel(pmd, address))

typedef int (*pte_fn_t)(pte_t *pte, unsigned long addr, void *data);
extern int apply_to_page_range(struct mm_struct *mm, unsigned long address,
			       unsigned long size, pte_fn_t fn, void *data);
extern int apply_to_existing_page_range(struct mm_struct *mm,
				   unsigned long address, unsigned long size,
				   pte_fn_t fn, void *data);

#endif /* _LINUX_MM_H */
