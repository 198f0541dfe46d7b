// SPDX-License-Identifier: GPL-2.0
/*
 * Simulated physical memory and the page allocator.  Freed frames are
 * poisoned and go to the top of a LIFO stack, so the next allocation
 * reuses the frame that was freed last: a stale reference to it then
 * reads someone else's data, and the generation counter tells.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim.h"
#include <linux/gfp.h>
#include <asm/page.h>

/* Poison of freed frames: looks like present entries to a walker. */
#define SIM_POISON	0x6b

struct sim_state sim;
unsigned long page_offset_base;
unsigned long vmemmap_base;

void sim_init(unsigned long nr_frames)
{
	memset(&sim, 0, sizeof(sim));
	sim.nr_frames = nr_frames;
	sim.mem = aligned_alloc(PAGE_SIZE, nr_frames * PAGE_SIZE);
	sim.frames = calloc(nr_frames, sizeof(*sim.frames));
	sim.pages = calloc(nr_frames, sizeof(*sim.pages));
	sim.free_stack = calloc(nr_frames, sizeof(*sim.free_stack));
	if (!sim.mem || !sim.frames || !sim.pages || !sim.free_stack) {
		fprintf(stderr, "ref-sim: cannot allocate %lu frames\n",
			nr_frames);
		exit(2);
	}
	memset(sim.mem, SIM_POISON, nr_frames * PAGE_SIZE);
	page_offset_base = (unsigned long)sim.mem;
	vmemmap_base = (unsigned long)sim.pages;
	sim.walks_per_op = 4;
}

void sim_exit(void)
{
	free(sim.mem);
	free(sim.frames);
	free(sim.pages);
	free(sim.free_stack);
	memset(&sim, 0, sizeof(sim));
}

/* Start a new run: every frame free and poisoned, a fresh pgd. */
void sim_reset(unsigned long seed)
{
	unsigned long pfn;

	for (pfn = 0; pfn < sim.nr_frames; pfn++) {
		if (sim.frames[pfn].state != SIM_FRAME_FREE)
			memset(sim_va_of(pfn), SIM_POISON, PAGE_SIZE);
		memset(&sim.frames[pfn], 0, sizeof(sim.frames[pfn]));
	}
	/* Frame 0 is never handed out: physical address 0 is no table. */
	sim.frames[0].state = SIM_FRAME_RESERVED;
	sim.nr_free = 0;
	for (pfn = sim.nr_frames - 1; pfn > 0; pfn--)
		sim.free_stack[sim.nr_free++] = pfn;
	sim.nr_used = 0;

	sim.seed = seed;
	sim.rng = seed * 0x9e3779b97f4a7c15ULL + 0x2545f4914f6cdd1dULL;
	sim.ops = 0;
	sim.op_name = "reset";
	memset(sim.hot_va, 0, sizeof(sim.hot_va));
	sim.hot_next = 0;
	sim.preempt_count = 0;
	sim.noalloc_depth = 0;
	memset(&sim.fail, 0, sizeof(sim.fail));
	sim.alloc_calls = 0;
	sim.alloc_failed = 0;
	memset(&sim.report, 0, sizeof(sim.report));
	sim.faulted = 0;
	sim.walks = 0;
	sim_cpu_reset();
	sim_hooked_reset();

	/* The kernel's top-level table, never freed. */
	sim.pgd_pfn = sim_alloc_data();
	memset(sim_va_of(sim.pgd_pfn), 0, PAGE_SIZE);
	sim.frames[sim.pgd_pfn].level = SIM_LVL_PGD;
	sim.frames[sim.pgd_pfn].va = 0;
	init_mm.pgd = sim_va_of(sim.pgd_pfn);
}

void *sim_va_of(unsigned long pfn)
{
	return sim.mem + pfn * PAGE_SIZE;
}

/* The frame holding @kaddr, or nr_frames if it is not simulated memory. */
unsigned long sim_pfn_of(const void *kaddr)
{
	unsigned long a = (unsigned long)kaddr;

	if (a < page_offset_base ||
	    a >= page_offset_base + sim.nr_frames * PAGE_SIZE)
		return sim.nr_frames;
	return (a - page_offset_base) >> PAGE_SHIFT;
}

/* Take a frame off the free stack; 0 when memory is exhausted. */
static unsigned long take_frame(void)
{
	unsigned long pfn;

	if (!sim.nr_free)
		return 0;
	pfn = sim.free_stack[--sim.nr_free];
	sim.frames[pfn].state = SIM_FRAME_USED;
	sim.frames[pfn].level = SIM_LVL_NONE;
	sim.nr_used++;
	return pfn;
}

static void give_frame(unsigned long pfn)
{
	struct sim_frame *f = &sim.frames[pfn];

	memset(sim_va_of(pfn), SIM_POISON, PAGE_SIZE);
	f->state = SIM_FRAME_FREE;
	f->level = SIM_LVL_NONE;
	f->gen++;
	f->freed_op = sim.ops;
	sim.free_stack[sim.nr_free++] = pfn;
	sim.nr_used--;
}

/* Frames the harness owns (data behind vmap), outside the kernel paths. */
unsigned long sim_alloc_data(void)
{
	return take_frame();
}

void sim_free_data(unsigned long pfn)
{
	give_frame(pfn);
}

static int should_fail(void)
{
	if (sim.fail.next) {
		sim.fail.next--;
		return 1;
	}
	if (sim.fail.every && sim.alloc_calls % sim.fail.every == 0)
		return 1;
	if (sim.fail.permille && sim_rand() % 1000 < sim.fail.permille)
		return 1;
	return 0;
}

unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order)
{
	unsigned long pfn;

	sim_op("__get_free_pages", 0);
	sim.alloc_calls++;
	/* might_alloc(): might_sleep_if(gfpflags_allow_blocking(gfp)) */
	if ((gfp_mask & __GFP_DIRECT_RECLAIM) && sim.preempt_count > 0)
		sim_fault(SIM_SLEEP_IN_ATOMIC, 0, 0, 0,
			  "BUG: sleeping function called from invalid context: "
			  "__get_free_pages(gfp %#x) with preempt_count %d",
			  gfp_mask, sim.preempt_count);
	if (sim.noalloc_depth > 0)
		sim_fault(SIM_ALLOC_IN_NOALLOC, 0, 0, 0,
			  "allocation (gfp %#x) inside a __pgcheck_noalloc "
			  "function", gfp_mask);
	if (order != 0) {
		sim_fault(SIM_PANIC, 0, 0, 0,
			  "__get_free_pages: order %u not modelled", order);
		return 0;
	}
	if (should_fail()) {
		sim.alloc_failed++;
		sim_tracef("  alloc fails (injected)");
		sim_speculate();
		return 0;
	}
	pfn = take_frame();
	if (!pfn) {
		sim.alloc_failed++;
		sim_speculate();
		return 0;
	}
	if (gfp_mask & __GFP_ZERO)
		memset(sim_va_of(pfn), 0, PAGE_SIZE);
	sim_tracef("  alloc frame %lu", pfn);
	sim_speculate();
	return (unsigned long)sim_va_of(pfn);
}

unsigned long get_zeroed_page(gfp_t gfp_mask)
{
	return __get_free_pages(gfp_mask | __GFP_ZERO, 0);
}

void free_pages(unsigned long addr, unsigned int order)
{
	unsigned long pfn = sim_pfn_of((void *)addr);
	struct sim_frame *f;

	if (pfn < sim.nr_frames && sim.frames[pfn].level)
		sim_op("free_pages", sim.frames[pfn].va);
	else
		sim_op("free_pages", 0);
	if (pfn >= sim.nr_frames || (addr & ~PAGE_MASK) || order != 0) {
		sim_fault(SIM_BAD_FREE, 0, 0, 0,
			  "free_pages(%#lx, %u): not a simulated page",
			  addr, order);
		return;
	}
	f = &sim.frames[pfn];
	if (f->state != SIM_FRAME_USED) {
		sim_fault(SIM_BAD_FREE, pfn, 0, 0,
			  "free_pages: frame %lu is not allocated (double free)",
			  pfn);
		return;
	}
	sim_tracef("  free frame %lu (%s table for %#lx)", pfn,
		   f->level == SIM_LVL_PTE ? "pte" :
		   f->level == SIM_LVL_PMD ? "pmd" :
		   f->level == SIM_LVL_PUD ? "pud" : "no", f->va);
	give_frame(pfn);
	sim_speculate();
}
