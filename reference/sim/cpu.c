// SPDX-License-Identifier: GPL-2.0
/*
 * The CPU model: per CPU a TLB of leaf translations (4K, 2M, 1G) and the
 * three paging-structure caches of Intel SDM vol. 3 section 4.10.3:
 *   PML4E cache  va[47:39] -> the pud table (PDPT) the PML4E points at
 *   PDPTE cache  va[47:30] -> the pmd table (PD)
 *   PDE cache    va[47:21] -> the pte table (PT)
 * A walk starts at the deepest cached entry and reads the rest of the
 * tables from memory, filling the caches as it goes (section 4.10.3.1:
 * a processor may cache any present non-leaf entry it reads, whether or
 * not the walk ends in a translation).  Each cached entry remembers the
 * generation of the frame it points at: reading a frame that is free, or
 * that was freed and handed out again since, is a hazard.
 *
 * INVLPG(va) (section 4.10.4.1) drops the TLB entries for va and the
 * paging-structure-cache entries used to translate va, at every level.
 * The SDM adds that current processors drop every paging-structure-cache
 * entry on INVLPG; the model does that only with sim.invlpg_all set,
 * because the kernel must not rely on it (arm64 does not do it, and the
 * architectural minimum is what makes a short flush a real bug).
 */
#include <string.h>

#include "sim.h"
#include <asm/page.h>

#define PML4E_SLOTS	16
#define PDPTE_SLOTS	64
#define PDE_SLOTS	512
#define TLB_SLOTS	256

struct psc_entry {
	unsigned long tag;
	unsigned long pfn;
	unsigned int gen;
	unsigned char valid;
};

struct tlb_entry {
	unsigned long tag;
	unsigned long pa;
	unsigned char valid;
};

struct sim_cpu {
	struct psc_entry pml4e[PML4E_SLOTS];
	struct psc_entry pdpte[PDPTE_SLOTS];
	struct psc_entry pde[PDE_SLOTS];
	struct tlb_entry tlb4k[TLB_SLOTS];
	struct tlb_entry tlb2m[TLB_SLOTS];
	struct tlb_entry tlb1g[TLB_SLOTS];
};

static struct sim_cpu cpus[SIM_NR_CPUS];

static const char *const level_name[] = {
	"data", "pte table", "pmd table", "pud table", "pgd"
};

static unsigned int slot(unsigned long tag, unsigned int nr)
{
	return (unsigned int)((tag ^ (tag >> 9) ^ (tag >> 18)) & (nr - 1));
}

static struct psc_entry *psc_of(struct sim_cpu *c, int level,
				unsigned long va)
{
	/* The cache holding entries of a table at @level (pgd: PML4E). */
	switch (level) {
	case SIM_LVL_PGD:
		return &c->pml4e[slot(va >> 39, PML4E_SLOTS)];
	case SIM_LVL_PUD:
		return &c->pdpte[slot(va >> 30, PDPTE_SLOTS)];
	default:
		return &c->pde[slot(va >> 21, PDE_SLOTS)];
	}
}

static unsigned int shift_of(int level)
{
	return PAGE_SHIFT + 9 * (level - 1);
}

void sim_cpu_reset(void)
{
	memset(cpus, 0, sizeof(cpus));
}

void sim_cpu_flush_all(int cpu)
{
	memset(&cpus[cpu], 0, sizeof(cpus[cpu]));
}

static void tlb_drop(struct tlb_entry *t, unsigned long tag)
{
	if (t->valid && t->tag == tag)
		t->valid = 0;
}

void sim_cpu_invlpg(int cpu, unsigned long va)
{
	struct sim_cpu *c = &cpus[cpu];
	int level;

	tlb_drop(&c->tlb4k[slot(va >> 12, TLB_SLOTS)], va >> 12);
	tlb_drop(&c->tlb2m[slot(va >> 21, TLB_SLOTS)], va >> 21);
	tlb_drop(&c->tlb1g[slot(va >> 30, TLB_SLOTS)], va >> 30);
	if (sim.invlpg_all) {
		memset(c->pml4e, 0, sizeof(c->pml4e));
		memset(c->pdpte, 0, sizeof(c->pdpte));
		memset(c->pde, 0, sizeof(c->pde));
		return;
	}
	for (level = SIM_LVL_PMD; level <= SIM_LVL_PGD; level++) {
		struct psc_entry *e = psc_of(c, level, va);
		unsigned long tag = va >> shift_of(level);

		if (e->valid && e->tag == tag)
			e->valid = 0;
	}
}

static struct tlb_entry *tlb_of(struct sim_cpu *c, unsigned int shift,
				unsigned long va)
{
	if (shift == 30)
		return &c->tlb1g[slot(va >> 30, TLB_SLOTS)];
	if (shift == 21)
		return &c->tlb2m[slot(va >> 21, TLB_SLOTS)];
	return &c->tlb4k[slot(va >> 12, TLB_SLOTS)];
}

static int tlb_hit(struct sim_cpu *c, unsigned long va)
{
	static const unsigned int shifts[] = { 12, 21, 30 };
	unsigned int i;

	for (i = 0; i < 3; i++) {
		struct tlb_entry *t = tlb_of(c, shifts[i], va);

		if (t->valid && t->tag == va >> shifts[i])
			return 1;
	}
	return 0;
}

/* Is @pfn still the table the entry we came through pointed at? */
static int table_ok(int cpu, unsigned long va, unsigned long pfn,
		    unsigned int gen, int level, int cached)
{
	struct sim_frame *f = &sim.frames[pfn];

	if (f->state != SIM_FRAME_USED) {
		sim_fault(SIM_HAZARD_FREED, pfn, cpu, va,
			  "cpu %d walk of %#lx read freed frame %lu as a %s "
			  "(%s, frame freed at op %lu)", cpu, va, pfn,
			  level_name[level],
			  cached ? "through a cached upper-level entry"
				 : "through a live entry", f->freed_op);
		sim.report.level = level;
		sim.report.freed_op = f->freed_op;
		return 0;
	}
	if (f->gen != gen) {
		sim_fault(SIM_HAZARD_STALE, pfn, cpu, va,
			  "cpu %d walk of %#lx through a cached entry read "
			  "frame %lu as a %s, but it was freed at op %lu and "
			  "reused", cpu, va, pfn, level_name[level],
			  f->freed_op);
		sim.report.level = level;
		sim.report.freed_op = f->freed_op;
		return 0;
	}
	return 1;
}

void sim_cpu_walk(int cpu, unsigned long va)
{
	struct sim_cpu *c = &cpus[cpu];
	unsigned long pfn = sim.pgd_pfn;
	unsigned int gen = sim.frames[pfn].gen;
	int level = SIM_LVL_PGD;
	int cached = 0;
	int l;

	sim.walks++;
	if (tlb_hit(c, va))
		return;

	/* Start from the deepest paging-structure-cache hit. */
	for (l = SIM_LVL_PTE; l < SIM_LVL_PGD; l++) {
		struct psc_entry *e = psc_of(c, l + 1, va);

		if (e->valid && e->tag == va >> shift_of(l + 1)) {
			pfn = e->pfn;
			gen = e->gen;
			level = l;
			cached = 1;
			break;
		}
	}

	for (;;) {
		const u64 *table;
		u64 ent;
		unsigned long child;

		if (!table_ok(cpu, va, pfn, gen, level, cached))
			return;
		table = sim_va_of(pfn);
		ent = table[(va >> shift_of(level)) & 511];
		if (!(ent & _PAGE_PRESENT))
			return;
		if (level == SIM_LVL_PTE ||
		    (level <= SIM_LVL_PUD && (ent & _PAGE_PSE))) {
			struct tlb_entry *t = tlb_of(c, shift_of(level), va);

			t->tag = va >> shift_of(level);
			t->pa = ent & PTE_PFN_MASK;
			t->valid = 1;
			return;
		}
		child = (ent & PTE_PFN_MASK) >> PAGE_SHIFT;
		if (child == 0 || child >= sim.nr_frames) {
			sim_fault(SIM_HAZARD_GARBAGE, pfn, cpu, va,
				  "cpu %d walk of %#lx: entry %#llx in frame "
				  "%lu points outside memory", cpu, va,
				  (unsigned long long)ent, pfn);
			return;
		}
		/* Cache the non-leaf entry just read. */
		{
			struct psc_entry *e = psc_of(c, level, va);

			e->tag = va >> shift_of(level);
			e->pfn = child;
			e->gen = sim.frames[child].gen;
			e->valid = 1;
		}
		pfn = child;
		gen = sim.frames[child].gen;
		level--;
		cached = 0;
	}
}

long sim_translate(unsigned long va)
{
	unsigned long pfn = sim.pgd_pfn;
	int level = SIM_LVL_PGD;

	for (;;) {
		const u64 *table;
		u64 ent;
		unsigned int shift = shift_of(level);

		if (sim.frames[pfn].state != SIM_FRAME_USED) {
			sim_fault(SIM_MAP_WRONG, pfn, 0, va,
				  "translating %#lx reached free frame %lu",
				  va, pfn);
			return -1;
		}
		table = sim_va_of(pfn);
		ent = table[(va >> shift) & 511];
		if (!(ent & _PAGE_PRESENT))
			return -1;
		if (level == SIM_LVL_PTE ||
		    (level <= SIM_LVL_PUD && (ent & _PAGE_PSE))) {
			unsigned long mask = (1UL << shift) - 1;

			return (long)(((ent & PTE_PFN_MASK) & ~mask) |
				      (va & mask));
		}
		pfn = (ent & PTE_PFN_MASK) >> PAGE_SHIFT;
		if (pfn == 0 || pfn >= sim.nr_frames) {
			sim_fault(SIM_MAP_WRONG, 0, 0, va,
				  "translating %#lx: bad table entry %#llx",
				  va, (unsigned long long)ent);
			return -1;
		}
		level--;
	}
}

/* The level of the leaf entry mapping @va (0 if none), from memory. */
int sim_leaf_level(unsigned long va)
{
	unsigned long pfn = sim.pgd_pfn;
	int level;

	for (level = SIM_LVL_PGD; level >= SIM_LVL_PTE; level--) {
		const u64 *table = sim_va_of(pfn);
		u64 ent = table[(va >> shift_of(level)) & 511];

		if (!(ent & _PAGE_PRESENT))
			return 0;
		if (level == SIM_LVL_PTE || (ent & _PAGE_PSE))
			return level;
		pfn = (ent & PTE_PFN_MASK) >> PAGE_SHIFT;
		if (!pfn || pfn >= sim.nr_frames)
			return 0;
	}
	return 0;
}

/* Does @cpu cache the entry of the table at @level used for @va? */
int sim_cpu_cached(int cpu, int level, unsigned long va)
{
	struct psc_entry *e = psc_of(&cpus[cpu], level, va);

	return e->valid && e->tag == va >> shift_of(level);
}

/* Does @cpu hold a leaf translation for @va? */
int sim_cpu_tlb_has(int cpu, unsigned long va)
{
	return tlb_hit(&cpus[cpu], va);
}
