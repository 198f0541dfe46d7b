// SPDX-License-Identifier: GPL-2.0
/*
 * ref-model-test: unit tests of the simulator itself, so that "the
 * simulator found no hazard" means something: the caches fill the way
 * the SDM allows, INVLPG and full flushes drop what they must and keep
 * the rest, a walk through a stale entry is caught as freed or reused,
 * and the allocator reuses, poisons, fails on demand and checks context.
 */
#include <stdio.h>

#include "sim.h"
#include <linux/gfp.h>
#include <linux/io.h>
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <asm/tlbflush.h>

#define REGION		(VMALLOC_START + (1UL << 30))
#define SLOT(n)		(REGION + (unsigned long)(n) * PMD_SIZE)
#define DEV		(1UL << 40)

static int failures, passes;

#define CHECK(cond) do {						\
	if (cond) {							\
		passes++;						\
	} else {							\
		failures++;						\
		printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);	\
	}								\
} while (0)

/* A quiet simulator with 16 pages mapped at slot 5 and slot 9. */
static void setup(void)
{
	sim_reset(1);
	sim.walks_per_op = 0;
	sim.invlpg_all = 0;
	CHECK(!ioremap_page_range(SLOT(5), SLOT(5) + 16 * PAGE_SIZE, DEV,
				  PAGE_KERNEL));
	CHECK(!ioremap_page_range(SLOT(9), SLOT(9) + 16 * PAGE_SIZE, DEV,
				  PAGE_KERNEL));
}

static pmd_t *pmd_of(unsigned long va)
{
	p4d_t *p4d = p4d_offset(pgd_offset_k(va), va);

	return pmd_offset(pud_offset(p4d, va), va);
}

static void test_walk_fills(void)
{
	setup();
	sim_cpu_walk(1, SLOT(5) + PAGE_SIZE);
	CHECK(sim_cpu_tlb_has(1, SLOT(5) + PAGE_SIZE));
	CHECK(sim_cpu_cached(1, SIM_LVL_PGD, SLOT(5)));
	CHECK(sim_cpu_cached(1, SIM_LVL_PUD, SLOT(5)));
	CHECK(sim_cpu_cached(1, SIM_LVL_PMD, SLOT(5)));
	CHECK(!sim_cpu_cached(2, SIM_LVL_PMD, SLOT(5)));
	/* An unmapped address below a present table still fills the PDE. */
	sim_cpu_walk(2, SLOT(5) + 100 * PAGE_SIZE);
	CHECK(sim_cpu_cached(2, SIM_LVL_PMD, SLOT(5)));
	CHECK(!sim_cpu_tlb_has(2, SLOT(5) + 100 * PAGE_SIZE));
	CHECK(!sim.faulted);
}

static void test_invlpg(void)
{
	setup();
	sim_cpu_walk(1, SLOT(5));
	sim_cpu_walk(1, SLOT(9));
	CHECK(sim_cpu_cached(1, SIM_LVL_PMD, SLOT(5)));
	CHECK(sim_cpu_cached(1, SIM_LVL_PMD, SLOT(9)));
	/* INVLPG drops every level used for its address, nothing else. */
	sim_cpu_invlpg(1, SLOT(9) + 3 * PAGE_SIZE);
	CHECK(!sim_cpu_cached(1, SIM_LVL_PMD, SLOT(9)));
	CHECK(sim_cpu_tlb_has(1, SLOT(9)));	/* another page */
	CHECK(!sim_cpu_cached(1, SIM_LVL_PUD, SLOT(9)));
	CHECK(!sim_cpu_cached(1, SIM_LVL_PGD, SLOT(9)));
	CHECK(sim_cpu_cached(1, SIM_LVL_PMD, SLOT(5)));
	CHECK(sim_cpu_tlb_has(1, SLOT(5)));
	/* The SDM's stronger behaviour: every paging-structure entry. */
	sim.invlpg_all = 1;
	sim_cpu_invlpg(1, SLOT(9));
	CHECK(!sim_cpu_cached(1, SIM_LVL_PMD, SLOT(5)));
	CHECK(sim_cpu_tlb_has(1, SLOT(5)));
	sim.invlpg_all = 0;
	/* A broadcast range flush reaches every CPU; a full one drops all. */
	sim_cpu_walk(2, SLOT(5));
	sim_cpu_walk(3, SLOT(9));
	flush_tlb_kernel_range(SLOT(5), SLOT(5) + PAGE_SIZE);
	CHECK(!sim_cpu_cached(2, SIM_LVL_PMD, SLOT(5)));
	CHECK(sim_cpu_cached(3, SIM_LVL_PMD, SLOT(9)));
	flush_tlb_kernel_range(SLOT(0), SLOT(0) + 34 * PAGE_SIZE);
	CHECK(!sim_cpu_cached(3, SIM_LVL_PMD, SLOT(9)));
	sim_cpu_walk(3, SLOT(9));
	flush_tlb_all();
	CHECK(!sim_cpu_cached(3, SIM_LVL_PMD, SLOT(9)));
	CHECK(!sim_cpu_tlb_has(3, SLOT(9)));
	CHECK(!sim.faulted);
}

static void test_hazards(void)
{
	pmd_t *pmd;
	unsigned long pte, again;

	/* The 2018 order: clear, free, no flush; CPU 3 had the PDE. */
	setup();
	sim_cpu_walk(3, SLOT(5));
	pmd = pmd_of(SLOT(5));
	pte = pmd_page_vaddr(*pmd);
	pmd_clear(pmd);
	free_page(pte);
	CHECK(!sim.faulted);
	sim_cpu_walk(0, SLOT(5) + 200 * PAGE_SIZE);	/* no cached entry */
	CHECK(!sim.faulted);
	sim_cpu_walk(3, SLOT(5) + 200 * PAGE_SIZE);
	CHECK(sim.faulted && sim.report.fault == SIM_HAZARD_FREED);
	CHECK(sim.report.pfn == sim_pfn_of((void *)pte));
	CHECK(sim.report.seed == 1 && sim.report.cpu == 3);

	/* The frame handed out again: the stale entry reads someone else's. */
	sim.faulted = 0;
	again = __get_free_page(GFP_KERNEL);
	CHECK(again == pte);
	sim_cpu_walk(3, SLOT(5) + 300 * PAGE_SIZE);
	CHECK(sim.faulted && sim.report.fault == SIM_HAZARD_STALE);

	/* Free before clear: a walk from memory reaches the freed frame. */
	setup();
	pmd = pmd_of(SLOT(9));
	free_page(pmd_page_vaddr(*pmd));
	sim_cpu_walk(2, SLOT(9) + 7 * PAGE_SIZE);
	CHECK(sim.faulted && sim.report.fault == SIM_HAZARD_FREED);

	/* The fixed order: clear, flush, free: nothing to find. */
	setup();
	sim_cpu_walk(3, SLOT(5));
	pmd = pmd_of(SLOT(5));
	pte = pmd_page_vaddr(*pmd);
	pmd_clear(pmd);
	flush_tlb_kernel_range(SLOT(5), SLOT(5) + PAGE_SIZE);
	free_page(pte);
	sim_cpu_walk(3, SLOT(5) + 200 * PAGE_SIZE);
	CHECK(!sim.faulted);
}

static void test_allocator(void)
{
	unsigned long a, b;
	int i, failed = 0;

	setup();
	a = __get_free_page(GFP_KERNEL);
	free_page(a);
	b = __get_free_page(GFP_KERNEL);
	CHECK(a == b);				/* LIFO: reused first */
	free_page(b);
	CHECK(*(u64 *)b == 0x6b6b6b6b6b6b6b6bULL);	/* poisoned */
	CHECK(!sim.faulted);
	free_page(b);
	CHECK(sim.faulted && sim.report.fault == SIM_BAD_FREE);

	setup();
	a = get_zeroed_page(GFP_KERNEL);
	CHECK(a && ((u64 *)a)[511] == 0);
	free_page(a);
	sim.fail.every = 3;
	sim.alloc_calls = 0;
	for (i = 0; i < 9; i++) {
		a = __get_free_page(GFP_KERNEL);
		if (!a)
			failed++;
		else
			free_page(a);
	}
	CHECK(failed == 3);
	sim.fail.every = 0;
	sim.fail.next = 1;
	CHECK(!__get_free_page(GFP_KERNEL));
	a = __get_free_page(GFP_KERNEL);
	CHECK(a);
	free_page(a);

	/* might_sleep(): GFP_ATOMIC is fine under a spinlock, GFP_KERNEL not. */
	spin_lock(&init_mm.page_table_lock);
	a = __get_free_page(GFP_ATOMIC);
	CHECK(a && !sim.faulted);
	free_page(a);
	a = __get_free_page(GFP_KERNEL);
	CHECK(sim.faulted && sim.report.fault == SIM_SLEEP_IN_ATOMIC);
	spin_unlock(&init_mm.page_table_lock);
	free_page(a);

	/* Accounting: a page nobody owns and no table points at leaks. */
	setup();
	CHECK(sim_check_accounting(NULL));
	a = __get_free_page(GFP_KERNEL);
	CHECK(!sim_check_accounting(NULL));
	CHECK(sim.report.fault == SIM_LEAK);
}

int main(void)
{
	sim_init(SIM_DEFAULT_FRAMES);
	test_walk_fills();
	test_invlpg();
	test_hazards();
	test_allocator();
	printf("ref-model-test: %d checks passed, %d failed\n", passes,
	       failures);
	return failures ? 1 : 0;
}
