// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel primitives the reference paths call, as the hardware and the
 * core kernel would carry them out: entry writes, TLB flushes, spinlocks,
 * BUG()/WARN_ON().  Every primitive is one operation; after each, the
 * speculative walker gets its turn.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim.h"
#include <linux/spinlock.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>

struct mm_struct init_mm = {
	.page_table_lock = __SPIN_LOCK_UNLOCKED(init_mm.page_table_lock),
};

/* x86 tlb_single_page_flush_ceiling: above it, one full flush. */
static const unsigned long flush_ceiling = 33;

static const char *const fault_names[SIM_NR_FAULTS] = {
	[SIM_OK]		= "ok",
	[SIM_HAZARD_FREED]	= "hazard: walk read a freed frame",
	[SIM_HAZARD_STALE]	= "hazard: stale cached entry into a reused frame",
	[SIM_HAZARD_GARBAGE]	= "hazard: walk followed a garbage entry",
	[SIM_WRITE_FREED]	= "write into a freed frame",
	[SIM_SLEEP_IN_ATOMIC]	= "sleeping allocation in atomic context",
	[SIM_ALLOC_IN_NOALLOC]	= "allocation in a no-alloc function",
	[SIM_BAD_FREE]		= "bad free",
	[SIM_LOCK_BUG]		= "lock misuse",
	[SIM_PANIC]		= "BUG()",
	[SIM_WARN]		= "WARN_ON()",
	[SIM_LEAK]		= "frame accounting",
	[SIM_MAP_WRONG]		= "wrong translation",
};

const char *sim_fault_name(enum sim_fault f)
{
	return f < SIM_NR_FAULTS ? fault_names[f] : "?";
}

int sim_fault_is_hazard(enum sim_fault f)
{
	return f == SIM_HAZARD_FREED || f == SIM_HAZARD_STALE ||
	       f == SIM_HAZARD_GARBAGE || f == SIM_WRITE_FREED;
}

/* xorshift64*: fast, and the whole run follows from the seed. */
u64 sim_rand(void)
{
	sim.rng ^= sim.rng >> 12;
	sim.rng ^= sim.rng << 25;
	sim.rng ^= sim.rng >> 27;
	return sim.rng * 0x2545f4914f6cdd1dULL;
}

void sim_tracef(const char *fmt, ...)
{
	char line[200];
	va_list ap;

	if (!sim.trace)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	sim.trace(line);
}

/* Record the first fault; later ones are consequences. */
void sim_fault(enum sim_fault f, unsigned long pfn, int cpu,
	       unsigned long va, const char *fmt, ...)
{
	struct sim_report *r = &sim.report;
	va_list ap;

	if (sim.faulted)
		return;
	sim.faulted = 1;
	r->fault = f;
	r->seed = sim.seed;
	r->op = sim.ops;
	r->op_name = sim.op_name;
	r->pfn = pfn;
	r->cpu = cpu;
	r->va = va;
	va_start(ap, fmt);
	vsnprintf(r->msg, sizeof(r->msg), fmt, ap);
	va_end(ap);
	sim_tracef("  !! %s", r->msg);
}

void sim_print_report(const struct sim_report *r)
{
	printf("%s: %s\n", sim_fault_name(r->fault), r->msg);
	printf("  seed %lu, operation #%lu (%s)", r->seed, r->op,
	       r->op_name ? r->op_name : "?");
	if (r->pfn)
		printf(", frame %lu", r->pfn);
	printf("\n");
}

void sim_op(const char *name, unsigned long va)
{
	sim.ops++;
	sim.op_name = name;
	if (va) {
		sim.hot_va[sim.hot_next] = va;
		sim.hot_next = (sim.hot_next + 1) % 8;
	}
}

/*
 * Tables hooked so far, for the walker to aim at.  Entries go stale when
 * a table is freed; pick_table() drops them lazily.
 */
#define HOOKED_MAX	4096
static unsigned long hooked[HOOKED_MAX];
static unsigned int nr_hooked;

void sim_hooked_reset(void)
{
	nr_hooked = 0;
}

static void note_hooked(unsigned long pfn)
{
	if (nr_hooked < HOOKED_MAX)
		hooked[nr_hooked++] = pfn;
	else
		hooked[sim_rand() % HOOKED_MAX] = pfn;
}

/* A random table still hooked: its frame and level, 0 if none. */
static unsigned long pick_table(int *level)
{
	while (nr_hooked) {
		unsigned int i = sim_rand() % nr_hooked;
		unsigned long pfn = hooked[i];
		struct sim_frame *f = &sim.frames[pfn];

		if (f->state == SIM_FRAME_USED && f->level &&
		    f->level < SIM_LVL_PGD) {
			*level = f->level;
			return pfn;
		}
		hooked[i] = hooked[--nr_hooked];
	}
	return 0;
}

static unsigned long within(unsigned long base, unsigned int shift, u64 r)
{
	unsigned long span = 1UL << shift;

	return (base & ~(span - 1)) + (r & (span - 1));
}

/*
 * An address for the walker.  A speculating CPU follows real pointers:
 * the walker aims near the address of the latest operation, into the span
 * of some table that is hooked now, or near any recent address.
 */
static unsigned long pick_va(void)
{
	u64 r = sim_rand();
	unsigned long latest = sim.hot_va[(sim.hot_next + 7) % 8];
	unsigned long any = sim.hot_va[(r >> 8) % 8];
	unsigned long pfn;
	int level;

	switch (r & 7) {
	case 0:
	case 1:
	case 2:
		return latest ? within(latest, 21, r >> 16) : 0;
	case 3:
	case 4:
		pfn = pick_table(&level);
		if (!pfn)
			return 0;
		return within(sim.frames[pfn].va, 12 + 9 * level, r >> 16);
	case 5:
	case 6:
		return any ? within(any, 30, r >> 16) : 0;
	default:
		return any ? within(any, 32, r >> 16) : 0;
	}
}

void sim_speculate(void)
{
	unsigned int n;

	if (!sim.walks_per_op)
		return;
	n = sim_rand() % (sim.walks_per_op + 1);
	while (n--) {
		unsigned long va = pick_va();

		if (va)
			sim_cpu_walk(sim_rand() % SIM_NR_CPUS, va);
	}
}

/* Sign-extend bit 47: the canonical form of a 48-bit address. */
static unsigned long canonical(unsigned long va)
{
	return (unsigned long)((long)(va << 16) >> 16);
}

/* The virtual address the entry at @slot maps, if its table is known. */
unsigned long sim_entry_va(const void *slot, int level)
{
	unsigned long pfn = sim_pfn_of(slot);
	unsigned long idx;
	unsigned int shift = PAGE_SHIFT + 9 * (level - 1);

	if (pfn >= sim.nr_frames || sim.frames[pfn].level != level)
		return 0;
	idx = ((unsigned long)slot & ~PAGE_MASK) / sizeof(u64);
	return canonical(sim.frames[pfn].va + (idx << shift));
}

/* One entry write into a table at @level, seen by every CPU at once. */
static void write_entry(void *slot, u64 val, int level, const char *name)
{
	unsigned long pfn = sim_pfn_of(slot);
	unsigned long va = sim_entry_va(slot, level);

	sim_op(name, va);
	if (pfn >= sim.nr_frames || sim.frames[pfn].state != SIM_FRAME_USED) {
		sim_fault(SIM_WRITE_FREED, pfn, 0, va,
			  "%s: entry at %p is not in an allocated frame",
			  name, slot);
		return;
	}
	sim_tracef("  %s %#lx = %#llx", name, va, (unsigned long long)val);
	*(volatile u64 *)slot = val;
	/* A new table below: remember what it maps. */
	if (level > SIM_LVL_PTE && (val & _PAGE_PRESENT) &&
	    !(val & _PAGE_PSE)) {
		unsigned long child = (val & PTE_PFN_MASK) >> PAGE_SHIFT;

		if (child && child < sim.nr_frames) {
			sim.frames[child].level = level - 1;
			sim.frames[child].va = va;
			note_hooked(child);
		}
	}
	sim_speculate();
}

void native_set_pte(pte_t *ptep, pte_t pte)
{
	write_entry(ptep, pte.pte, SIM_LVL_PTE,
		    pte.pte ? "set_pte" : "pte_clear");
}

pte_t native_ptep_get_and_clear(pte_t *ptep)
{
	pte_t old = *ptep;

	write_entry(ptep, 0, SIM_LVL_PTE, "ptep_get_and_clear");
	return old;
}

void native_set_pmd(pmd_t *pmdp, pmd_t pmd)
{
	write_entry(pmdp, pmd.pmd, SIM_LVL_PMD, "set_pmd");
}

void native_pmd_clear(pmd_t *pmd)
{
	write_entry(pmd, 0, SIM_LVL_PMD, "pmd_clear");
}

void native_set_pud(pud_t *pudp, pud_t pud)
{
	write_entry(pudp, pud.pud, SIM_LVL_PUD, "set_pud");
}

void native_pud_clear(pud_t *pud)
{
	write_entry(pud, 0, SIM_LVL_PUD, "pud_clear");
}

void native_set_p4d(p4d_t *p4dp, p4d_t p4d)
{
	write_entry(p4dp, p4d.pgd.pgd, SIM_LVL_PGD, "set_p4d");
}

void native_p4d_clear(p4d_t *p4d)
{
	write_entry(p4d, 0, SIM_LVL_PGD, "p4d_clear");
}

/* A broadcast flush: the IPIs complete before the call returns. */
void flush_tlb_kernel_range(unsigned long start, unsigned long end)
{
	int cpu;

	sim_op("flush_tlb_kernel_range", start);
	if (end == TLB_FLUSH_ALL ||
	    (end - start) > flush_ceiling << PAGE_SHIFT) {
		sim_tracef("  flush_tlb_kernel_range %#lx-%#lx: full flush",
			   start, end);
		for (cpu = 0; cpu < SIM_NR_CPUS; cpu++)
			sim_cpu_flush_all(cpu);
	} else {
		unsigned long addr;

		sim_tracef("  flush_tlb_kernel_range %#lx-%#lx: INVLPG "
			   "x%lu", start, end,
			   (end - start + PAGE_SIZE - 1) >> PAGE_SHIFT);
		for (cpu = 0; cpu < SIM_NR_CPUS; cpu++)
			for (addr = start; addr < end; addr += PAGE_SIZE)
				sim_cpu_invlpg(cpu, addr);
	}
	sim_speculate();
}

void flush_tlb_all(void)
{
	int cpu;

	sim_op("flush_tlb_all", 0);
	sim_tracef("  flush_tlb_all");
	for (cpu = 0; cpu < SIM_NR_CPUS; cpu++)
		sim_cpu_flush_all(cpu);
	sim_speculate();
}

void _raw_spin_lock(raw_spinlock_t *lock)
{
	sim_op("spin_lock", 0);
	if (lock->locked)
		sim_fault(SIM_LOCK_BUG, 0, 0, 0,
			  "spinlock recursion: lock %p already held", lock);
	lock->locked = 1;
	lock->owner_cpu = 0;
	sim.preempt_count++;
	sim_speculate();
}

void _raw_spin_unlock(raw_spinlock_t *lock)
{
	sim_op("spin_unlock", 0);
	if (!lock->locked)
		sim_fault(SIM_LOCK_BUG, 0, 0, 0,
			  "unlock of lock %p that is not held", lock);
	lock->locked = 0;
	lock->owner_cpu = -1;
	sim.preempt_count--;
	sim_speculate();
}

void __might_sleep(const char *file, int line)
{
	if (sim.preempt_count > 0)
		sim_fault(SIM_SLEEP_IN_ATOMIC, 0, 0, 0,
			  "BUG: sleeping function called from invalid "
			  "context at %s:%d", file, line);
}

void __warn(const char *file, int line)
{
	sim_fault(SIM_WARN, 0, 0, 0, "WARNING at %s:%d", file, line);
}

void panic(const char *fmt, ...)
{
	char msg[160];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	sim_fault(SIM_PANIC, 0, 0, 0, "%s", msg);
	if (sim.panic_jmp)
		longjmp(*(jmp_buf *)sim.panic_jmp, 1);
	fprintf(stderr, "ref-sim: panic outside a run: %s\n", msg);
	abort();
}
