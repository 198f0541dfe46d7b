// SPDX-License-Identifier: GPL-2.0
/*
 * Seeded random sequences over the reference kernel paths: vmap of pages,
 * ioremap with huge promotion, vunmap, remap of an unmapped range with
 * huge pages (which frees the tables below), hot-remove of empty ranges,
 * all under injected allocation failures.  After every step the mappings
 * are checked against the model's own record, and the frames are
 * accounted for: every allocated frame is a table reachable from the pgd
 * or a data page the harness owns, and nothing else.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim.h"
#include <linux/io.h>
#include <linux/memory_hotplug.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>

#define WIN_START	VMALLOC_START
#define WIN_GB		4UL
#define WIN_SIZE	(WIN_GB << 30)
#define FOCUS_PMDS	32UL		/* 2M slots used per 1G region */
#define DEV_PHYS	(1UL << 40)	/* ioremap targets: not RAM */
#define MAX_AREAS	48
#define MAX_VMAP_PAGES	600

struct area {
	unsigned long start, end;
	long phys;			/* ioremap: phys of start; vmap: -1 */
	unsigned long *pfns;		/* vmap: the data frames */
	unsigned long nr;
};

static struct area areas[MAX_AREAS];
static int nr_areas;
static unsigned char *owned;		/* per frame: a harness data page */
static unsigned char *mark;		/* scratch for accounting */
static unsigned char *owned_none;	/* all zero: nothing owned */
static unsigned long owned_size;

static void ensure_maps(void)
{
	if (owned_size == sim.nr_frames)
		return;
	free(owned);
	free(mark);
	free(owned_none);
	owned = calloc(sim.nr_frames, 1);
	mark = calloc(sim.nr_frames, 1);
	owned_none = calloc(sim.nr_frames, 1);
	if (!owned || !mark || !owned_none) {
		fprintf(stderr, "ref-sim: out of memory\n");
		exit(2);
	}
	owned_size = sim.nr_frames;
}

static unsigned long rnd(unsigned long n)
{
	return n ? sim_rand() % n : 0;
}

static int overlaps(unsigned long start, unsigned long end)
{
	int i;

	for (i = 0; i < nr_areas; i++)
		if (start < areas[i].end && areas[i].start < end)
			return 1;
	return 0;
}

/* A 2M-slot base in the focus part of a random 1G region. */
static unsigned long focus_pmd(void)
{
	return WIN_START + (rnd(WIN_GB) << 30) + (rnd(FOCUS_PMDS) << 21);
}

static void release_data(struct area *a)
{
	unsigned long i;

	for (i = 0; i < a->nr; i++) {
		owned[a->pfns[i]] = 0;
		sim_free_data(a->pfns[i]);
	}
	free(a->pfns);
	a->pfns = NULL;
	a->nr = 0;
}

static void drop_area(int i)
{
	areas[i] = areas[--nr_areas];
}

/* Check a mapped area: every page (small areas) or a sample (large). */
static void verify_area(const struct area *a)
{
	unsigned long n = (a->end - a->start) >> PAGE_SHIFT;
	unsigned long i, k;

	for (k = 0; k < (n <= 64 ? n : 16); k++) {
		unsigned long want;
		long got;

		i = n <= 64 ? k : (k == 0 ? 0 : k == 1 ? n - 1 : rnd(n));
		want = a->phys >= 0 ? a->phys + (i << PAGE_SHIFT)
				    : a->pfns[i] << PAGE_SHIFT;
		got = sim_translate(a->start + (i << PAGE_SHIFT));
		if (sim.faulted)
			return;
		if (got != (long)want) {
			sim_fault(SIM_MAP_WRONG, 0, 0, a->start,
				  "%#lx maps to %#lx, expected %#lx",
				  a->start + (i << PAGE_SHIFT), got, want);
			return;
		}
	}
}

static void verify_unmapped(unsigned long start, unsigned long end)
{
	unsigned long n = (end - start) >> PAGE_SHIFT;
	int k;

	for (k = 0; k < 8; k++) {
		unsigned long va = start + (rnd(n) << PAGE_SHIFT);

		if (sim_translate(va) != -1 && !sim.faulted)
			sim_fault(SIM_MAP_WRONG, 0, 0, va,
				  "%#lx still mapped after vunmap", va);
	}
}

static int add_area(unsigned long start, unsigned long end, long phys,
		    unsigned long *pfns, unsigned long nr)
{
	struct area *a;

	if (nr_areas == MAX_AREAS)
		return -1;
	a = &areas[nr_areas++];
	a->start = start;
	a->end = end;
	a->phys = phys;
	a->pfns = pfns;
	a->nr = nr;
	verify_area(a);
	return 0;
}

static void step_vmap(struct sim_run_stats *st)
{
	unsigned long n = 1 + (rnd(4) ? rnd(64) : rnd(MAX_VMAP_PAGES));
	unsigned long start = focus_pmd() + (rnd(512) << PAGE_SHIFT);
	unsigned long end = start + (n << PAGE_SHIFT);
	struct page **pages;
	unsigned long *pfns;
	unsigned long i;

	if (nr_areas == MAX_AREAS || overlaps(start, end))
		return;
	pages = calloc(n, sizeof(*pages));
	pfns = calloc(n, sizeof(*pfns));
	for (i = 0; i < n; i++) {
		pfns[i] = sim_alloc_data();
		if (!pfns[i])
			break;
		owned[pfns[i]] = 1;
		pages[i] = pfn_to_page(pfns[i]);
	}
	if (i < n) {			/* memory is full: give up the step */
		struct area tmp = { .pfns = pfns, .nr = i };

		release_data(&tmp);
		free(pages);
		return;
	}
	if (vmap_pages_range(start, end, PAGE_KERNEL, pages, PAGE_SHIFT)) {
		struct area tmp = { .pfns = pfns, .nr = n };

		st->enomem++;
		vunmap_range(start, end);
		release_data(&tmp);
	} else {
		st->maps++;
		add_area(start, end, -1, pfns, n);
	}
	free(pages);
}

static void do_ioremap(unsigned long start, unsigned long end,
		       unsigned long phys, struct sim_run_stats *st)
{
	unsigned long fails = sim.alloc_failed;

	if (ioremap_page_range(start, end, phys, PAGE_KERNEL)) {
		st->enomem++;
		vunmap_range(start, end);
		return;
	}
	st->maps++;
	if (sim.alloc_failed != fails)
		st->fallbacks++;
	if (sim_leaf_level(start) == SIM_LVL_PUD)
		st->huge_puds++;
	else if (sim_leaf_level(start) == SIM_LVL_PMD)
		st->huge_pmds++;
	add_area(start, end, (long)phys, NULL, 0);
}

static void step_ioremap(struct sim_run_stats *st)
{
	unsigned long start, size, phys;
	unsigned long r = rnd(10);

	if (r < 4) {			/* small, any alignment */
		size = (1 + rnd(64)) << PAGE_SHIFT;
		start = focus_pmd() + (rnd(512) << PAGE_SHIFT);
		phys = DEV_PHYS + (rnd(1UL << 20) << PAGE_SHIFT);
	} else if (r < 8) {		/* 2M pages */
		size = (1 + rnd(4)) << 21;
		start = focus_pmd();
		phys = DEV_PHYS + (rnd(1UL << 10) << 21);
	} else {			/* one 1G page */
		size = 1UL << 30;
		start = WIN_START + (rnd(WIN_GB) << 30);
		phys = DEV_PHYS + (rnd(64) << 30);
	}
	if (nr_areas == MAX_AREAS || overlaps(start, start + size))
		return;
	do_ioremap(start, start + size, phys, st);
}

static void unmap_area(int i, struct sim_run_stats *st)
{
	struct area *a = &areas[i];

	vunmap_range(a->start, a->end);
	if (!sim.faulted)
		verify_unmapped(a->start, a->end);
	release_data(a);
	drop_area(i);
	st->unmaps++;
}

static void step_unmap(struct sim_run_stats *st)
{
	if (nr_areas)
		unmap_area(rnd(nr_areas), st);
}

/* Unmap an area, then map its 2M- or 1G-aligned hull with huge pages. */
static void step_remap(struct sim_run_stats *st)
{
	unsigned long start, end, align;
	int i;

	if (!nr_areas)
		return;
	i = rnd(nr_areas);
	align = rnd(3) ? 1UL << 21 : 1UL << 30;
	start = areas[i].start & ~(align - 1);
	end = (areas[i].end + align - 1) & ~(align - 1);
	unmap_area(i, st);
	if (sim.faulted || overlaps(start, end))
		return;
	do_ioremap(start, end, DEV_PHYS + (rnd(64) << 30), st);
}

static void step_hotremove(struct sim_run_stats *st)
{
	unsigned long start, end;

	if (rnd(4)) {
		start = focus_pmd();
		end = start + ((1 + rnd(8)) << 21);
	} else {
		start = WIN_START + (rnd(WIN_GB) << 30);
		end = start + (1UL << 30);
	}
	if (overlaps(start, end))
		return;
	kernel_physical_mapping_remove(start, end);
	st->removes++;
}

/* Mark the tables below a table frame at @level; 0 on inconsistency. */
static int mark_tables(unsigned long pfn, int level)
{
	const u64 *t = sim_va_of(pfn);
	int i;

	for (i = 0; i < 512; i++) {
		unsigned long child;

		if (!(t[i] & _PAGE_PRESENT) || level == SIM_LVL_PTE ||
		    (t[i] & _PAGE_PSE))
			continue;
		child = (t[i] & PTE_PFN_MASK) >> PAGE_SHIFT;
		if (!child || child >= sim.nr_frames ||
		    sim.frames[child].state != SIM_FRAME_USED) {
			sim_fault(SIM_LEAK, child, 0, 0,
				  "live entry in frame %lu points at frame %lu, "
				  "which is not an allocated page", pfn, child);
			return 0;
		}
		if (mark[child]) {
			sim_fault(SIM_LEAK, child, 0, 0,
				  "table frame %lu is reachable twice", child);
			return 0;
		}
		mark[child] = (unsigned char)(level - 1);
		if (level - 1 > SIM_LVL_PTE && !mark_tables(child, level - 1))
			return 0;
	}
	return 1;
}

int sim_check_accounting(const unsigned char *own)
{
	unsigned long pfn, used = 0;

	ensure_maps();
	if (!own)
		own = owned_none;
	memset(mark, 0, sim.nr_frames);
	mark[sim.pgd_pfn] = SIM_LVL_PGD;
	if (!mark_tables(sim.pgd_pfn, SIM_LVL_PGD))
		return 0;
	for (pfn = 1; pfn < sim.nr_frames; pfn++) {
		int state = sim.frames[pfn].state;

		if (state == SIM_FRAME_USED)
			used++;
		if (state == SIM_FRAME_USED && !mark[pfn] && !own[pfn]) {
			sim_fault(SIM_LEAK, pfn, 0, 0,
				  "frame %lu is allocated but neither a "
				  "reachable table nor owned: leaked", pfn);
			return 0;
		}
		if (mark[pfn] && own[pfn]) {
			sim_fault(SIM_LEAK, pfn, 0, 0,
				  "data frame %lu is also used as a table", pfn);
			return 0;
		}
		if (state != SIM_FRAME_USED && own[pfn]) {
			sim_fault(SIM_LEAK, pfn, 0, 0,
				  "data frame %lu was freed behind the owner's "
				  "back", pfn);
			return 0;
		}
	}
	if (used != sim.nr_used) {
		sim_fault(SIM_LEAK, 0, 0, 0,
			  "allocator counts %lu used frames, found %lu",
			  sim.nr_used, used);
		return 0;
	}
	return 1;
}

/* After the full teardown only the pgd and the pud tables may remain. */
static void check_all_freed(void)
{
	unsigned long pfn;

	if (!sim_check_accounting(owned))
		return;
	for (pfn = 1; pfn < sim.nr_frames; pfn++) {
		if (mark[pfn] == SIM_LVL_PMD || mark[pfn] == SIM_LVL_PTE) {
			sim_fault(SIM_LEAK, pfn, 0, 0,
				  "%s table frame %lu survived the teardown "
				  "of an empty window",
				  mark[pfn] == SIM_LVL_PMD ? "pmd" : "pte", pfn);
			return;
		}
	}
}

static void teardown(struct sim_run_stats *st)
{
	memset(&sim.fail, 0, sizeof(sim.fail));
	while (nr_areas && !sim.faulted)
		unmap_area(nr_areas - 1, st);
	if (!sim.faulted)
		kernel_physical_mapping_remove(WIN_START, WIN_START + WIN_SIZE);
	if (!sim.faulted)
		check_all_freed();
}

static void pick_failures(int mode)
{
	switch (mode) {
	case 1:
		sim.fail.every = 2 + rnd(40);
		break;
	case 2:
		sim.fail.permille = 5 + rnd(150);
		break;
	default:
		break;
	}
}

enum sim_fault sim_run_seed(unsigned long seed, const struct sim_run_opts *o,
			    struct sim_run_stats *st)
{
	static jmp_buf jb;
	static unsigned int step;

	ensure_maps();
	sim_reset(seed);
	memset(owned, 0, sim.nr_frames);
	while (nr_areas) {
		free(areas[nr_areas - 1].pfns);
		nr_areas--;
	}
	sim.panic_jmp = &jb;
	if (setjmp(jb))
		goto out;

	pick_failures(o->fail_mode >= 0 ? o->fail_mode : (int)rnd(4));
	for (step = 0; step < o->steps && !sim.faulted; step++) {
		unsigned long r = rnd(100);

		st->steps++;
		if (r < 30)
			step_vmap(st);
		else if (r < 50)
			step_ioremap(st);
		else if (r < 73)
			step_unmap(st);
		else if (r < 83)
			step_hotremove(st);
		else
			step_remap(st);
		if (!sim.faulted && sim.preempt_count)
			sim_fault(SIM_LOCK_BUG, 0, 0, 0,
				  "preempt count %d after a step",
				  sim.preempt_count);
		if (!sim.faulted && o->check_every_step)
			sim_check_accounting(owned);
	}
	if (!sim.faulted)
		teardown(st);
out:
	sim.panic_jmp = NULL;
	st->ops += sim.ops;
	st->walks += sim.walks;
	return sim.faulted ? sim.report.fault : SIM_OK;
}
