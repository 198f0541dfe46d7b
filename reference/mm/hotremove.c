// SPDX-License-Identifier: GPL-2.0
/*
 * Memory hot-remove teardown of a kernel mapping (after
 * arch/x86/mm/init_64.c remove_pagetable()): clear the leaf entries in the
 * range, then free every pte and pmd table the range left empty.  The
 * memory behind a direct mapping is the memory being removed: its frames
 * are not freed here.  As on x86 with 4-level paging, pud tables stay.
 *
 * The kernel's free_pte_table() frees the table and clears its entry
 * afterwards, with one flush_tlb_all() at the end of the walk.  Here each
 * table is unhooked, the span its entry mapped is flushed, and only then
 * the table is freed.
 *
 * Broken variants, chosen at build time (declared below):
 *   freebeforeclear  the kernel's order: free the pte table, then clear
 *   flushafterfree   clear, free, and flush only after the free
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/memory_hotplug.h>
#include <linux/pgtable.h>
#include <linux/spinlock.h>
#include <asm/tlbflush.h>

/* pgcheck-variant freebeforeclear: -DREF_BUG_FREE_BEFORE_CLEAR */
/* pgcheck-variant flushafterfree: -DREF_BUG_FLUSH_AFTER_FREE */

static void free_pagetable(struct page *page, int order)
{
	free_pages((unsigned long)page_address(page), order);
}

/*
 * Free the pte table below @pmd if it is empty.  @start is the PMD_SIZE
 * aligned address @pmd maps.
 */
static void free_pte_table(pte_t *pte_start, pmd_t *pmd, unsigned long start)
{
	struct page *page;
	int i;

	for (i = 0; i < PTRS_PER_PTE; i++) {
		if (!pte_none(pte_start[i]))
			return;
	}

	page = pmd_page(*pmd);
#if defined(REF_BUG_FREE_BEFORE_CLEAR)
	free_pagetable(page, 0); /* expect(freebeforeclear): pgtable-free-unflushed */
	spin_lock(&init_mm.page_table_lock);
	pmd_clear(pmd);
	spin_unlock(&init_mm.page_table_lock);
	flush_tlb_kernel_range(start, start + PMD_SIZE);
#elif defined(REF_BUG_FLUSH_AFTER_FREE)
	spin_lock(&init_mm.page_table_lock);
	pmd_clear(pmd);
	spin_unlock(&init_mm.page_table_lock);
	free_pagetable(page, 0); /* expect(flushafterfree): pgtable-free-unflushed */
	flush_tlb_kernel_range(start, start + PMD_SIZE);
#else
	spin_lock(&init_mm.page_table_lock);
	pmd_clear(pmd);
	spin_unlock(&init_mm.page_table_lock);
	flush_tlb_kernel_range(start, start + PMD_SIZE);
	free_pagetable(page, 0);
#endif
}

/*
 * Free the pmd table below @pud if it is empty.  @start is the PUD_SIZE
 * aligned address @pud maps.
 */
static void free_pmd_table(pmd_t *pmd_start, pud_t *pud, unsigned long start)
{
	struct page *page;
	int i;

	for (i = 0; i < PTRS_PER_PMD; i++) {
		if (!pmd_none(pmd_start[i]))
			return;
	}

	page = pud_page(*pud);
	spin_lock(&init_mm.page_table_lock);
	pud_clear(pud);
	spin_unlock(&init_mm.page_table_lock);
	flush_tlb_kernel_range(start, start + PUD_SIZE);
	free_pagetable(page, 0);
}

static void remove_pte_table(pte_t *pte_start, unsigned long addr,
			     unsigned long end)
{
	unsigned long next;
	pte_t *pte;

	pte = pte_start + pte_index(addr);
	for (; addr < end; addr = next, pte++) {
		next = (addr + PAGE_SIZE) & PAGE_MASK;
		if (next > end)
			next = end;

		if (!pte_present(*pte))
			continue;

		spin_lock(&init_mm.page_table_lock);
		pte_clear(&init_mm, addr, pte);
		spin_unlock(&init_mm.page_table_lock);
	}
}

static void remove_pmd_table(pmd_t *pmd_start, unsigned long addr,
			     unsigned long end)
{
	unsigned long next;
	pte_t *pte_base;
	pmd_t *pmd;

	pmd = pmd_start + pmd_index(addr);
	for (; addr < end; addr = next, pmd++) {
		next = pmd_addr_end(addr, end);

		if (!pmd_present(*pmd))
			continue;

		if (pmd_large(*pmd)) {
			/* A 2M leaf partly in the range stays. */
			if (IS_ALIGNED(addr, PMD_SIZE) &&
			    IS_ALIGNED(next, PMD_SIZE)) {
				spin_lock(&init_mm.page_table_lock);
				pmd_clear(pmd);
				spin_unlock(&init_mm.page_table_lock);
			}
			continue;
		}

		pte_base = (pte_t *)pmd_page_vaddr(*pmd);
		remove_pte_table(pte_base, addr, next);
		free_pte_table(pte_base, pmd, addr & PMD_MASK);
	}
}

static void remove_pud_table(pud_t *pud_start, unsigned long addr,
			     unsigned long end)
{
	unsigned long next;
	pmd_t *pmd_base;
	pud_t *pud;

	pud = pud_start + pud_index(addr);
	for (; addr < end; addr = next, pud++) {
		next = pud_addr_end(addr, end);

		if (!pud_present(*pud))
			continue;

		if (pud_large(*pud)) {
			/* A 1G leaf partly in the range stays. */
			if (IS_ALIGNED(addr, PUD_SIZE) &&
			    IS_ALIGNED(next, PUD_SIZE)) {
				spin_lock(&init_mm.page_table_lock);
				pud_clear(pud);
				spin_unlock(&init_mm.page_table_lock);
			}
			continue;
		}

		pmd_base = pud_pgtable(*pud);
		remove_pmd_table(pmd_base, addr, next);
		free_pmd_table(pmd_base, pud, addr & PUD_MASK);
	}
}

static void remove_pagetable(unsigned long start, unsigned long end)
{
	unsigned long next;
	unsigned long addr;
	pgd_t *pgd;
	p4d_t *p4d;

	for (addr = start; addr < end; addr = next) {
		next = pgd_addr_end(addr, end);

		pgd = pgd_offset_k(addr);
		p4d = p4d_offset(pgd, 0);
		if (!p4d_present(*p4d))
			continue;

		/* 4-level paging: the pud tables are never freed. */
		remove_pud_table(p4d_pgtable(*p4d), addr, next);
	}

	/* The cleared leaves: one flush for the whole walk. */
	flush_tlb_all();
}

void kernel_physical_mapping_remove(unsigned long start, unsigned long end)
{
	start = (unsigned long)PAGE_ALIGN(start);
	remove_pagetable(start, end);
}
