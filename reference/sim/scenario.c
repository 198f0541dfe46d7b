// SPDX-License-Identifier: GPL-2.0
/*
 * Fixed scenarios: the allocation-failure fallback of the huge pud path,
 * and the narrated demo of the 2018 hazard.
 */
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include "sim.h"
#include <linux/io.h>
#include <linux/memory_hotplug.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>

#define REGION		(VMALLOC_START + (1UL << 30))	/* 1G aligned */
#define DEV_PHYS	(1UL << 40)

static int check(int ok, const char *what)
{
	if (!ok && !sim.faulted)
		sim_fault(SIM_MAP_WRONG, 0, 0, 0, "fallback test: %s", what);
	return ok;
}

/* vmap @n fresh data pages at @start, then vunmap them again. */
static void map_and_unmap(unsigned long start, unsigned long n)
{
	struct page *pages[64];
	unsigned long pfns[64];
	unsigned long i;

	for (i = 0; i < n; i++) {
		pfns[i] = sim_alloc_data();
		pages[i] = pfn_to_page(pfns[i]);
	}
	check(!vmap_pages_range(start, start + (n << PAGE_SHIFT),
				PAGE_KERNEL, pages, PAGE_SHIFT),
	      "vmap_pages_range failed");
	check(sim_translate(start) == (long)(pfns[0] << PAGE_SHIFT),
	      "vmap maps the wrong page");
	vunmap_range(start, start + (n << PAGE_SHIFT));
	for (i = 0; i < n; i++)
		sim_free_data(pfns[i]);
}

static int huge_range_ok(unsigned long start, unsigned long phys)
{
	unsigned long off;

	for (off = 0; off < (1UL << 30); off += (1UL << 21) + 0x3000) {
		if (sim_translate(start + off) != (long)(phys + off))
			return 0;
	}
	return sim_translate(start + (1UL << 30) - 8) ==
	       (long)(phys + (1UL << 30) - 8);
}

/*
 * A 1G ioremap over a range that still has a pmd table with pte tables.
 * First with the scratch-page allocation in pud_free_pmd_page() failing:
 * the range must end up mapped with 2M pages (the pte tables freed through
 * pmd_free_pte_page()); then without failure: one 1G page, the pmd table
 * freed too.  The walker runs throughout.
 */
enum sim_fault sim_test_fallback(void)
{
	static jmp_buf jb;
	static unsigned long before;
	unsigned long phys = DEV_PHYS + (5UL << 30);

	sim_reset(1);
	sim.panic_jmp = &jb;
	if (setjmp(jb))
		goto out;

	map_and_unmap(REGION + 3 * (1UL << 21) + 5 * PAGE_SIZE, 20);
	map_and_unmap(REGION + 100 * (1UL << 21), 10);
	before = sim.nr_used;		/* pgd, pud, pmd, 2 pte tables */
	printf("fallback: %lu frames in use (pgd, pud, pmd and 2 pte "
	       "tables)\n", before);
	if (!check(before == 5, "setup did not build 5 tables"))
		goto out;

	sim.fail.next = 1;
	check(!ioremap_page_range(REGION, REGION + (1UL << 30), phys,
				  PAGE_KERNEL),
	      "ioremap failed instead of falling back");
	check(sim.alloc_failed == 1 && sim.fail.next == 0,
	      "the injected failure was not consumed by the scratch page");
	check(sim_leaf_level(REGION) == SIM_LVL_PMD &&
	      sim_leaf_level(REGION + (1UL << 30) - 1) == SIM_LVL_PMD,
	      "fallback did not map with 2M pages");
	check(huge_range_ok(REGION, phys), "fallback mapping is wrong");
	check(sim.nr_used == before - 2,
	      "the two pte tables were not freed by the fallback");
	if (!sim.faulted)
		printf("fallback: scratch page refused -> 2M mappings, "
		       "%lu frames in use (2 pte tables freed)\n",
		       sim.nr_used);

	vunmap_range(REGION, REGION + (1UL << 30));
	check(!ioremap_page_range(REGION, REGION + (1UL << 30), phys,
				  PAGE_KERNEL), "second ioremap failed");
	check(sim_leaf_level(REGION) == SIM_LVL_PUD,
	      "no 1G mapping without the failure");
	check(huge_range_ok(REGION, phys), "1G mapping is wrong");
	check(sim.nr_used == before - 3, "the pmd table was not freed");
	if (!sim.faulted)
		printf("fallback: with the scratch page -> one 1G "
		       "mapping, %lu frames in use (pmd table freed)\n",
		       sim.nr_used);

	vunmap_range(REGION, REGION + (1UL << 30));
	kernel_physical_mapping_remove(VMALLOC_START,
				       VMALLOC_START + (4UL << 30));
	if (!sim.faulted)
		sim_check_accounting(NULL);
	check(sim.nr_used == 2, "teardown left more than the pgd and a pud");
out:
	sim.panic_jmp = NULL;
	return sim.faulted ? sim.report.fault : SIM_OK;
}

/*
 * The demo: a pte table is replaced by a 2M mapping while CPU 1 has the
 * pmd entry above it in its paging-structure cache.  Only explicit walks
 * run, so the story is the same every time.
 */
enum sim_fault sim_demo(void)
{
	static jmp_buf jb;
	unsigned long slot = REGION + 3 * (1UL << 21);
	static unsigned long pte_pfn, pfn;

	sim_reset(2018);
	pte_pfn = 0;
	sim.walks_per_op = 0;
	sim.panic_jmp = &jb;
	if (setjmp(jb))
		goto out;

	sim_tracef("demo 1. vmap 8 pages at %#lx, then vunmap them: a pte "
		   "table gets hooked and stays", slot + 0x5000);
	map_and_unmap(slot + 0x5000, 8);
	for (pfn = 1; pfn < sim.nr_frames; pfn++)
		if (sim.frames[pfn].state == SIM_FRAME_USED &&
		    sim.frames[pfn].level == SIM_LVL_PTE)
			pte_pfn = pfn;
	sim_tracef("demo 2. CPU 1 speculatively walks %#lx: it caches the "
		   "pmd entry (PDE cache) -> pte table frame %lu",
		   slot + 0x100000, pte_pfn);
	sim_cpu_walk(1, slot + 0x100000);
	sim_tracef("demo 3. ioremap 2M at %#lx: vmap_try_huge_pmd() finds "
		   "the table and calls pmd_free_pte_page()", slot);
	check(!ioremap_page_range(slot, slot + (1UL << 21),
				  DEV_PHYS + (7UL << 21), PAGE_KERNEL),
	      "ioremap failed");
	sim_tracef("demo 4. CPU 1 walks %#lx (pte table frame %lu is free "
		   "now)", slot + 0x1000, pte_pfn);
	sim_cpu_walk(1, slot + 0x1000);
	if (!sim.faulted)
		sim_tracef("demo    the flush dropped the cached entry: the "
			   "walk read the new 2M entry from memory, no hazard");
out:
	sim.panic_jmp = NULL;
	return sim.faulted ? sim.report.fault : SIM_OK;
}
