// SPDX-License-Identifier: GPL-2.0
/// An allocation that may sleep (a GFP mask with __GFP_DIRECT_RECLAIM such as
/// GFP_KERNEL, vmalloc(), pmd_alloc(), ...) or a call to a function of the
/// same file that may, made while a spinlock or rwlock is held, with IRQs,
/// bottom halves or preemption off, or in an RCU read-side section.
/// Sleeping there can deadlock or corrupt state (AMD IOMMU
/// increase_address_space(), 2021).  Scoped guards (guard(), scoped_guard())
/// hold to the end of their scope.  With -D rt (PREEMPT_RT), any allocation
/// under a raw spinlock or with IRQs off is reported, GFP_ATOMIC included.
/// A mask passed in by the caller is unknown and not reported.
/// Patch mode turns the sleeping mask into GFP_ATOMIC, since moving the
/// allocation out of the section cannot be expressed; review it.
///
// Confidence: High
// Copyright: (C) 2026 pgcheck authors.
// URL: https://github.com/pgcheck/pgcheck
// Comments: helpers are followed three calls deep within one file.
// Options: --no-includes --include-headers
// Requires: 1.0.8

virtual patch
virtual context
virtual org
virtual report
virtual rt

@initialize:python@
@@
import re as pg_re

# Per-file state: the file's functions that may sleep, and what was reported.
pg_file = [None]
pg_sleepers = set()
pg_unlockers = set()
pg_lockers = set()
pg_droppers = set()
pg_reported = set()
pg_fix = set()

def pg_new_file(name):
	if pg_file[0] != name:
		pg_file[0] = name
		pg_sleepers.clear()
		pg_unlockers.clear()
		pg_lockers.clear()
		pg_droppers.clear()

def pg_key(pos):
	return (pos.file, pos.line, pos.column)

def pg_once(pos):
	if pg_key(pos) in pg_reported:
		return False
	pg_reported.add(pg_key(pos))
	return True

def pg_in_scope(start, end):
	"""True when `end` follows `start` in the same or an inner block:
	a guard holds only to the end of the block that declares it."""
	try:
		with open(start.file, errors="replace") as f:
			lines = f.read().split("\n")
	except OSError:
		return False
	sl, sc = int(start.line), int(start.column)
	el, ec = int(end.line), int(end.column)
	if (el, ec) <= (sl, sc):
		return False
	text = "\n".join(lines[sl - 1:el])
	text = text[sc:len(text) - len(lines[el - 1]) + ec]
	text = pg_re.sub(r"/\*.*?\*/|//[^\n]*|\"(\\.|[^\"\\])*\"|'(\\.|[^'\\])*'",
			 "", text, flags=pg_re.S)
	depth = 0
	for c in text:
		if c == "{":
			depth += 1
		elif c == "}":
			depth -= 1
			if depth < 0:
				return False
	return True

// Token gates.  spatch reads the names written in a rule, not those of an
// identifier list, to skip the files that cannot match: without these
// rules spatch parses every file.  Matching such a disjunction of names
// costs far more than an identifier list, so each one runs only where
// cheaper rules (lists, definitions) found what it looks for.
// A finding needs an allocation and an atomic section.
@has_maycontract@
attribute name __pgcheck_may_alloc;
identifier fn;
type T;
@@
T __pgcheck_may_alloc fn(...) { ... }

@any_alloc@
// pgcheck-vocab: alloc+might-alloc+alloc-sleeps+may-alloc
identifier a = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, kcalloc, kmalloc_array, krealloc,
	kmemdup, devm_kzalloc, __get_free_page, __get_free_pages,
	get_zeroed_page, alloc_page, alloc_pages, __alloc_pages,
	pagetable_alloc, alloc_pages_node, vmalloc, vzalloc, vmalloc_node,
	pte_alloc_one_kernel, pmd_alloc_one, pud_alloc_one, pte_alloc_kernel,
	pmd_alloc, pud_alloc, p4d_alloc, might_alloc, pud_free_pmd_page};
@@
a(...)

@any_atomic depends on any_alloc || has_maycontract@
// pgcheck-vocab: atomic-enter+atomic-try
identifier a = {spin_lock, spin_lock_irq, spin_lock_irqsave, spin_lock_bh,
	spin_lock_nested, spin_lock_irqsave_nested, spin_lock_nest_lock,
	spin_trylock, spin_trylock_irq, spin_trylock_irqsave, spin_trylock_bh,
	raw_spin_lock, raw_spin_lock_irq, raw_spin_lock_irqsave,
	raw_spin_lock_bh, raw_spin_lock_nested, raw_spin_trylock,
	raw_spin_trylock_irqsave, read_lock, read_lock_irq, read_lock_irqsave,
	read_lock_bh, write_lock, write_lock_irq, write_lock_irqsave,
	write_lock_bh, read_trylock, write_trylock, local_irq_disable,
	local_irq_save, local_bh_disable, preempt_disable, get_cpu,
	rcu_read_lock, rcu_read_lock_bh, rcu_read_lock_sched, bit_spin_lock,
	bit_spin_trylock, kmap_atomic, arch_enter_lazy_mmu_mode};
@@
(
a(...)
|
guard(...)
)

@has_sguard depends on any_alloc || has_maycontract@
iterator name scoped_guard;
@@
scoped_guard(...) { ... }

@has_alloc depends on any_alloc && (any_atomic || has_sguard)@
@@
// pgcheck-gate: alloc+might-alloc+alloc-sleeps+may-alloc
\(kmalloc\|kzalloc\|kmalloc_node\|kstrdup\|kmem_cache_alloc\|
	kmem_cache_zalloc\|mempool_alloc\|kcalloc\|kmalloc_array\|
	krealloc\|kmemdup\|devm_kzalloc\|__get_free_page\|
	__get_free_pages\|get_zeroed_page\|alloc_page\|alloc_pages\|
	__alloc_pages\|pagetable_alloc\|alloc_pages_node\|vmalloc\|
	vzalloc\|vmalloc_node\|pte_alloc_one_kernel\|pmd_alloc_one\|
	pud_alloc_one\|pte_alloc_kernel\|pmd_alloc\|pud_alloc\|p4d_alloc\|
	might_alloc\|pud_free_pmd_page\)(...)

@has_atomic depends on any_atomic && (has_alloc || has_maycontract)@
@@
(
// pgcheck-gate: atomic-enter+atomic-try
\(spin_lock\|spin_lock_irq\|spin_lock_irqsave\|spin_lock_bh\|
	spin_lock_nested\|spin_lock_irqsave_nested\|spin_lock_nest_lock\|
	spin_trylock\|spin_trylock_irq\|spin_trylock_irqsave\|
	spin_trylock_bh\|raw_spin_lock\|raw_spin_lock_irq\|
	raw_spin_lock_irqsave\|raw_spin_lock_bh\|raw_spin_lock_nested\|
	raw_spin_trylock\|raw_spin_trylock_irqsave\|read_lock\|
	read_lock_irq\|read_lock_irqsave\|read_lock_bh\|write_lock\|
	write_lock_irq\|write_lock_irqsave\|write_lock_bh\|read_trylock\|
	write_trylock\|local_irq_disable\|local_irq_save\|local_bh_disable\|
	preempt_disable\|get_cpu\|rcu_read_lock\|rcu_read_lock_bh\|
	rcu_read_lock_sched\|bit_spin_lock\|bit_spin_trylock\|kmap_atomic\|
	arch_enter_lazy_mmu_mode\)(...)
|
guard(...)
)

// Every other rule depends on this one (true in a file that passes the
// gates and defines a function).
@gate depends on (has_alloc || has_maycontract) && (has_atomic || has_sguard)@
identifier fn;
@@
fn(...) { ... }

@pgfn depends on gate@
identifier fn;
position p;
@@
fn@p(...) { ... }

@script:python@
p << pgfn.p;
@@
pg_new_file(p[0].file)

// Functions of this file that may sleep when called, three calls deep.  A
// function that releases a lock or re-enables IRQs/preemption before its
// allocation on some path is left out: it is typically called with the lock
// held and drops it around the allocation (x86 split_large_page(), hugetlb
// allocate_file_region_entries()), often under a condition SmPL cannot
// correlate with the caller's.  A function annotated __pgcheck_may_alloc
// may allocate by contract.
@unlocker depends on gate exists@
identifier fn;
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
@@
fn(...) {
... when any
leave(...)
... when any
}

@script:python@
fn << unlocker.fn;
@@
pg_unlockers.add(fn)

@locker depends on gate exists@
identifier fn;
// pgcheck-vocab: atomic-enter
identifier enter = {spin_lock, spin_lock_irq, spin_lock_irqsave, spin_lock_bh,
	spin_lock_nested, spin_lock_irqsave_nested, spin_lock_nest_lock,
	raw_spin_lock, raw_spin_lock_irq, raw_spin_lock_irqsave,
	raw_spin_lock_bh, raw_spin_lock_nested, read_lock, read_lock_irq,
	read_lock_irqsave, read_lock_bh, write_lock, write_lock_irq,
	write_lock_irqsave, write_lock_bh, local_irq_disable, local_irq_save,
	local_bh_disable, preempt_disable, get_cpu, rcu_read_lock,
	rcu_read_lock_bh, rcu_read_lock_sched, bit_spin_lock, kmap_atomic,
	arch_enter_lazy_mmu_mode};
@@
fn(...) {
... when any
enter(...)
... when any
}

@script:python@
fn << locker.fn;
@@
pg_lockers.add(fn)

@maycontract depends on gate@
attribute name __pgcheck_may_alloc;
identifier fn;
type T;
@@
T __pgcheck_may_alloc fn(...) { ... }

@script:python@
fn << maycontract.fn;
@@
pg_sleepers.add(fn)

@dropper depends on gate exists@
identifier fn;
expression E1, E2;
position p;
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
@@
fn(...) {
... when any
leave(...);
... when any
(
a1@p(<+... gs ...+>, ...)
|
a2@p(E1, <+... gs ...+>, ...)
|
a3@p(E1, E2, <+... gs ...+>, ...)
|
asl@p(...)
|
mal@p(...)
)
... when any
}

@script:python@
fn << dropper.fn;
@@
pg_droppers.add(fn)

@sleeper0 depends on gate exists@
identifier fn;
expression E1, E2;
position p;
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
@@
fn(...) {
... when != leave(...)
(
a1@p(<+... gs ...+>, ...)
|
a2@p(E1, <+... gs ...+>, ...)
|
a3@p(E1, E2, <+... gs ...+>, ...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

@script:python@
fn << sleeper0.fn;
@@
if fn not in pg_droppers:
	pg_sleepers.add(fn)

@sleeper1 depends on gate exists@
identifier fn;
expression E1, E2;
position p;
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
@@
fn(...) {
... when != leave(...)
(
a1@p(<+... gs ...+>, ...)
|
a2@p(E1, <+... gs ...+>, ...)
|
a3@p(E1, E2, <+... gs ...+>, ...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

@script:python@
fn << sleeper1.fn;
@@
if fn not in pg_droppers:
	pg_sleepers.add(fn)

@sleeper2 depends on gate exists@
identifier fn;
expression E1, E2;
position p;
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
@@
fn(...) {
... when != leave(...)
(
a1@p(<+... gs ...+>, ...)
|
a2@p(E1, <+... gs ...+>, ...)
|
a3@p(E1, E2, <+... gs ...+>, ...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

@script:python@
fn << sleeper2.fn;
@@
if fn not in pg_droppers:
	pg_sleepers.add(fn)

// Between an enter (lock, irq/bh/preempt off, rcu_read_lock, or a
// function of this file that only enters) and any leave.
@locked depends on gate exists@
expression E;
expression E1, E2;
position pl, p;
// pgcheck-vocab: atomic-enter
identifier enter = {spin_lock, spin_lock_irq, spin_lock_irqsave, spin_lock_bh,
	spin_lock_nested, spin_lock_irqsave_nested, spin_lock_nest_lock,
	raw_spin_lock, raw_spin_lock_irq, raw_spin_lock_irqsave,
	raw_spin_lock_bh, raw_spin_lock_nested, read_lock, read_lock_irq,
	read_lock_irqsave, read_lock_bh, write_lock, write_lock_irq,
	write_lock_irqsave, write_lock_bh, local_irq_disable, local_irq_save,
	local_bh_disable, preempt_disable, get_cpu, rcu_read_lock,
	rcu_read_lock_bh, rcu_read_lock_sched, bit_spin_lock, kmap_atomic,
	arch_enter_lazy_mmu_mode};
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
identifier hl : script:python() { hl in pg_lockers and hl not in pg_unlockers };
identifier hu : script:python() { hu in pg_unlockers and hu not in pg_lockers };
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
@@
(
enter@pl(...);
|
E = enter@pl(...);
|
E = enter@pl(...)
|
hl@pl(...);
)
... when != leave(...)
    when != hu(...)
(
a1@p(<+... gs ...+>, ...)
|
a2@p(E1, <+... gs ...+>, ...)
|
a3@p(E1, E2, <+... gs ...+>, ...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)

// A lock held until that same lock is released (nested locks).
@locked_same depends on gate exists@
expression E1, E2;
position pl, p;
// pgcheck-vocab: atomic-enter kind=spin
identifier en_spin = {spin_lock, spin_lock_irq, spin_lock_irqsave,
	spin_lock_bh, spin_lock_nested, spin_lock_irqsave_nested,
	spin_lock_nest_lock};
// pgcheck-vocab: atomic-leave kind=spin
identifier lv_spin = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh};
// pgcheck-vocab: atomic-enter kind=raw_spin
identifier en_raw_spin = {raw_spin_lock, raw_spin_lock_irq,
	raw_spin_lock_irqsave, raw_spin_lock_bh, raw_spin_lock_nested};
// pgcheck-vocab: atomic-leave kind=raw_spin
identifier lv_raw_spin = {raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh};
// pgcheck-vocab: atomic-enter kind=rwlock
identifier en_rwlock = {read_lock, read_lock_irq, read_lock_irqsave,
	read_lock_bh, write_lock, write_lock_irq, write_lock_irqsave,
	write_lock_bh};
// pgcheck-vocab: atomic-leave kind=rwlock
identifier lv_rwlock = {read_unlock, read_unlock_irq, read_unlock_irqrestore,
	read_unlock_bh, write_unlock, write_unlock_irq,
	write_unlock_irqrestore, write_unlock_bh};
// pgcheck-vocab: atomic-enter kind=bit_spin
identifier en_bit_spin = {bit_spin_lock};
// pgcheck-vocab: atomic-leave kind=bit_spin
identifier lv_bit_spin = {bit_spin_unlock, __bit_spin_unlock};
expression LK;
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
@@
\(en_spin@pl\|en_raw_spin@pl\|en_rwlock@pl\|en_bit_spin@pl\)(LK, ...);
... when != \(lv_spin(LK, ...)\|lv_raw_spin(LK, ...)\|lv_rwlock(LK, ...)\|lv_bit_spin(LK, ...)\)
(
a1@p(<+... gs ...+>, ...)
|
a2@p(E1, <+... gs ...+>, ...)
|
a3@p(E1, E2, <+... gs ...+>, ...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)

// On the success branch of a trylock.
@trylocked depends on gate exists@
expression E1, E2;
position pl, p;
// pgcheck-vocab: atomic-try
identifier try = {spin_trylock, spin_trylock_irq, spin_trylock_irqsave,
	spin_trylock_bh, raw_spin_trylock, raw_spin_trylock_irqsave,
	read_trylock, write_trylock, bit_spin_trylock};
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
@@
if (try@pl(...)) {
... when != leave(...)
(
a1@p(<+... gs ...+>, ...)
|
a2@p(E1, <+... gs ...+>, ...)
|
a3@p(E1, E2, <+... gs ...+>, ...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

// After a failed trylock returned early.
@trylocked2 depends on gate exists@
expression E1, E2;
position pl, p;
// pgcheck-vocab: atomic-try
identifier try = {spin_trylock, spin_trylock_irq, spin_trylock_irqsave,
	spin_trylock_bh, raw_spin_trylock, raw_spin_trylock_irqsave,
	read_trylock, write_trylock, bit_spin_trylock};
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
statement S0;
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
@@
if (!try@pl(...)) S0
... when != leave(...)
(
a1@p(<+... gs ...+>, ...)
|
a2@p(E1, <+... gs ...+>, ...)
|
a3@p(E1, E2, <+... gs ...+>, ...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)

// After guard(NAME)(...), to the end of its block.
@guarded depends on gate exists@
expression E1, E2;
position pl, p;
// pgcheck-vocab: guard
identifier gd = {spinlock, spinlock_irq, spinlock_irqsave, spinlock_bh,
	spinlock_nested, raw_spinlock, raw_spinlock_irq, raw_spinlock_irqsave,
	raw_spinlock_nested, read_lock, read_lock_irq, read_lock_irqsave,
	write_lock, write_lock_irq, write_lock_irqsave, irq, irqsave, preempt,
	preempt_notrace, rcu};
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
@@
guard@pl(gd)(...);
...
(
a1@p(<+... gs ...+>, ...)
|
a2@p(E1, <+... gs ...+>, ...)
|
a3@p(E1, E2, <+... gs ...+>, ...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)

// Inside scoped_guard(NAME, ...) { }.
@sguarded depends on gate exists@
expression E1, E2;
position pl, p;
iterator name scoped_guard;
// pgcheck-vocab: guard
identifier gd = {spinlock, spinlock_irq, spinlock_irqsave, spinlock_bh,
	spinlock_nested, raw_spinlock, raw_spinlock_irq, raw_spinlock_irqsave,
	raw_spinlock_nested, read_lock, read_lock_irq, read_lock_irqsave,
	write_lock, write_lock_irq, write_lock_irqsave, irq, irqsave, preempt,
	preempt_notrace, rcu};
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
@@
scoped_guard@pl(gd, ...) {
... when any
(
a1@p(<+... gs ...+>, ...)
|
a2@p(E1, <+... gs ...+>, ...)
|
a3@p(E1, E2, <+... gs ...+>, ...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

// PREEMPT_RT: raw spinlock held or IRQs off forbids any allocation.
@rt_locked depends on gate && (rt) exists@
expression E;
position pl, p;
// pgcheck-vocab: atomic-enter kind=raw_spin
identifier enter_raw = {raw_spin_lock, raw_spin_lock_irq,
	raw_spin_lock_irqsave, raw_spin_lock_bh, raw_spin_lock_nested};
// pgcheck-vocab: atomic-enter kind=irq
identifier enter_irq = {local_irq_disable, local_irq_save};
// pgcheck-vocab: atomic-leave kind=raw_spin
identifier leave_raw = {raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh};
// pgcheck-vocab: atomic-leave kind=irq
identifier leave_irq = {local_irq_enable, local_irq_restore};
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
@@
(
\(enter_raw@pl(...);\|enter_irq@pl(...);\)
|
E = \(enter_raw@pl\|enter_irq@pl\)(...);
)
... when != \(leave_raw(...)\|leave_irq(...)\)
(
a1@p(...)
|
a2@p(...)
|
a3@p(...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)

// PREEMPT_RT: raw spinlock / irq guard.
@rt_guarded depends on gate && (rt) exists@
position pl, p;
// pgcheck-vocab: guard kind=raw_spin
identifier gr = {raw_spinlock, raw_spinlock_irq, raw_spinlock_irqsave,
	raw_spinlock_nested};
// pgcheck-vocab: guard kind=irq
identifier gi = {irq, irqsave};
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
@@
guard@pl(\(gr\|gi\))(...);
...
(
a1@p(...)
|
a2@p(...)
|
a3@p(...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)

// PREEMPT_RT: raw spinlock / irq scoped guard.
@rt_sguarded depends on gate && (rt) exists@
position pl, p;
iterator name scoped_guard;
// pgcheck-vocab: guard kind=raw_spin
identifier gr = {raw_spinlock, raw_spinlock_irq, raw_spinlock_irqsave,
	raw_spinlock_nested};
// pgcheck-vocab: guard kind=irq
identifier gi = {irq, irqsave};
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: alloc-sleeps
identifier asl = {vmalloc, vzalloc, vmalloc_node, pte_alloc_one_kernel,
	pmd_alloc_one, pud_alloc_one, pte_alloc_kernel, pmd_alloc, pud_alloc,
	p4d_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_sleepers };
@@
scoped_guard@pl(\(gr\|gi\), ...) {
... when any
(
a1@p(...)
|
a2@p(...)
|
a3@p(...)
|
asl@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

// With a sleeping mask kept in a variable set before the section.
@locked_gfpvar depends on gate exists@
expression E;
expression G, E3;
expression E1, E2;
position pl, p;
// pgcheck-vocab: atomic-enter
identifier enter = {spin_lock, spin_lock_irq, spin_lock_irqsave, spin_lock_bh,
	spin_lock_nested, spin_lock_irqsave_nested, spin_lock_nest_lock,
	raw_spin_lock, raw_spin_lock_irq, raw_spin_lock_irqsave,
	raw_spin_lock_bh, raw_spin_lock_nested, read_lock, read_lock_irq,
	read_lock_irqsave, read_lock_bh, write_lock, write_lock_irq,
	write_lock_irqsave, write_lock_bh, local_irq_disable, local_irq_save,
	local_bh_disable, preempt_disable, get_cpu, rcu_read_lock,
	rcu_read_lock_bh, rcu_read_lock_sched, bit_spin_lock, kmap_atomic,
	arch_enter_lazy_mmu_mode};
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
@@
(
G = <+... gs ...+>;
|
G = <+... gs ...+>
)
... when != G = E3
(
enter@pl(...);
|
E = enter@pl(...);
|
E = enter@pl(...)
)
... when != leave(...)
    when != G = E3
(
a1@p(G, ...)
|
a2@p(E1, G, ...)
|
a3@p(E1, E2, G, ...)
)

@gfphelper depends on gate exists@
identifier fn, g;
parameter list[n] ps;
type T;
expression E1, E2;
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
@@
fn(ps, T g, ...) {
... when any
(
a1(g, ...)
|
a2(E1, g, ...)
|
a3(E1, E2, g, ...)
)
... when any
}

// A call passing a sleeping mask to such a function.
@locked_gfphelper depends on gate exists@
expression E;
identifier gfphelper.fn;
expression list[gfphelper.n] es;
position pl, p;
// pgcheck-vocab: atomic-enter
identifier enter = {spin_lock, spin_lock_irq, spin_lock_irqsave, spin_lock_bh,
	spin_lock_nested, spin_lock_irqsave_nested, spin_lock_nest_lock,
	raw_spin_lock, raw_spin_lock_irq, raw_spin_lock_irqsave,
	raw_spin_lock_bh, raw_spin_lock_nested, read_lock, read_lock_irq,
	read_lock_irqsave, read_lock_bh, write_lock, write_lock_irq,
	write_lock_irqsave, write_lock_bh, local_irq_disable, local_irq_save,
	local_bh_disable, preempt_disable, get_cpu, rcu_read_lock,
	rcu_read_lock_bh, rcu_read_lock_sched, bit_spin_lock, kmap_atomic,
	arch_enter_lazy_mmu_mode};
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
@@
(
enter@pl(...);
|
E = enter@pl(...);
|
E = enter@pl(...)
)
... when != leave(...)
fn@p(es, <+... gs ...+>, ...)

// An allocation under a lock with a mask from a parameter.
@gfpparam depends on gate exists@
expression E;
expression E3;
expression E1, E2;
position pl, p;
// pgcheck-vocab: atomic-enter
identifier enter = {spin_lock, spin_lock_irq, spin_lock_irqsave, spin_lock_bh,
	spin_lock_nested, spin_lock_irqsave_nested, spin_lock_nest_lock,
	raw_spin_lock, raw_spin_lock_irq, raw_spin_lock_irqsave,
	raw_spin_lock_bh, raw_spin_lock_nested, read_lock, read_lock_irq,
	read_lock_irqsave, read_lock_bh, write_lock, write_lock_irq,
	write_lock_irqsave, write_lock_bh, local_irq_disable, local_irq_save,
	local_bh_disable, preempt_disable, get_cpu, rcu_read_lock,
	rcu_read_lock_bh, rcu_read_lock_sched, bit_spin_lock, kmap_atomic,
	arch_enter_lazy_mmu_mode};
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
identifier fn, g;
parameter list[n] ps;
type T;
// pgcheck-vocab: alloc+might-alloc gfp=1
identifier a1 = {__get_free_page, __get_free_pages, get_zeroed_page,
	alloc_page, alloc_pages, __alloc_pages, pagetable_alloc, might_alloc};
// pgcheck-vocab: alloc gfp=2
identifier a2 = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, alloc_pages_node};
// pgcheck-vocab: alloc gfp=3
identifier a3 = {kcalloc, kmalloc_array, krealloc, kmemdup, devm_kzalloc};
@@
fn(ps, T g, ...) {
... when any
(
enter@pl(...);
|
E = enter@pl(...);
|
E = enter@pl(...)
)
... when != leave(...)
    when != g = E3
(
a1@p(g, ...)
|
a2@p(E1, g, ...)
|
a3@p(E1, E2, g, ...)
)
... when any
}

@gfpcaller depends on gate@
identifier gfpparam.fn;
expression list[gfpparam.n] es;
position pc;
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
@@
fn@pc(es, <+... gs ...+>, ...)

// A helper call under a lock with a mask from a parameter.
@gfpparam2 depends on gate exists@
expression E;
identifier gfphelper.fn;
expression list[gfphelper.n] es;
expression E3;
position pl, p;
// pgcheck-vocab: atomic-enter
identifier enter = {spin_lock, spin_lock_irq, spin_lock_irqsave, spin_lock_bh,
	spin_lock_nested, spin_lock_irqsave_nested, spin_lock_nest_lock,
	raw_spin_lock, raw_spin_lock_irq, raw_spin_lock_irqsave,
	raw_spin_lock_bh, raw_spin_lock_nested, read_lock, read_lock_irq,
	read_lock_irqsave, read_lock_bh, write_lock, write_lock_irq,
	write_lock_irqsave, write_lock_bh, local_irq_disable, local_irq_save,
	local_bh_disable, preempt_disable, get_cpu, rcu_read_lock,
	rcu_read_lock_bh, rcu_read_lock_sched, bit_spin_lock, kmap_atomic,
	arch_enter_lazy_mmu_mode};
// pgcheck-vocab: atomic-leave
identifier leave = {spin_unlock, spin_unlock_irq, spin_unlock_irqrestore,
	spin_unlock_bh, raw_spin_unlock, raw_spin_unlock_irq,
	raw_spin_unlock_irqrestore, raw_spin_unlock_bh, read_unlock,
	read_unlock_irq, read_unlock_irqrestore, read_unlock_bh, write_unlock,
	write_unlock_irq, write_unlock_irqrestore, write_unlock_bh,
	local_irq_enable, local_irq_restore, local_bh_enable, preempt_enable,
	preempt_enable_no_resched, put_cpu, rcu_read_unlock,
	rcu_read_unlock_bh, rcu_read_unlock_sched, bit_spin_unlock,
	__bit_spin_unlock, kunmap_atomic, arch_leave_lazy_mmu_mode};
identifier outer, g;
parameter list[m] ps;
type T;
@@
outer(ps, T g, ...) {
... when any
(
enter@pl(...);
|
E = enter@pl(...);
|
E = enter@pl(...)
)
... when != leave(...)
    when != g = E3
fn@p(es, g, ...)
... when any
}

@gfpcaller2 depends on gate@
identifier gfpparam2.outer;
expression list[gfpparam2.m] es;
position pc;
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
@@
outer@pc(es, <+... gs ...+>, ...)

@script:python depends on patch@
p << locked.p;
pl << locked.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << locked.p;
pl << locked.pl;
@@
if pg_once(p[0]):
	cocci.print_main("allocation that may sleep in atomic context", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << locked.p;
pl << locked.pl;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation that may sleep in atomic context (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << locked_same.p;
pl << locked_same.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << locked_same.p;
pl << locked_same.pl;
@@
if pg_once(p[0]):
	cocci.print_main("allocation that may sleep in atomic context", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << locked_same.p;
pl << locked_same.pl;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation that may sleep in atomic context (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << trylocked.p;
pl << trylocked.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << trylocked.p;
pl << trylocked.pl;
@@
if pg_once(p[0]):
	cocci.print_main("allocation that may sleep in atomic context", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << trylocked.p;
pl << trylocked.pl;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation that may sleep in atomic context (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << trylocked2.p;
pl << trylocked2.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << trylocked2.p;
pl << trylocked2.pl;
@@
if pg_once(p[0]):
	cocci.print_main("allocation that may sleep in atomic context", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << trylocked2.p;
pl << trylocked2.pl;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation that may sleep in atomic context (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << guarded.p;
pl << guarded.pl;
@@
if pg_in_scope(pl[0], p[0]) and True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << guarded.p;
pl << guarded.pl;
@@
if pg_in_scope(pl[0], p[0]) and pg_once(p[0]):
	cocci.print_main("allocation that may sleep in atomic context", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << guarded.p;
pl << guarded.pl;
@@
if pg_in_scope(pl[0], p[0]) and pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation that may sleep in atomic context (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << sguarded.p;
pl << sguarded.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << sguarded.p;
pl << sguarded.pl;
@@
if pg_once(p[0]):
	cocci.print_main("allocation that may sleep in atomic context", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << sguarded.p;
pl << sguarded.pl;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation that may sleep in atomic context (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << rt_locked.p;
pl << rt_locked.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << rt_locked.p;
pl << rt_locked.pl;
@@
if pg_once(p[0]):
	cocci.print_main("allocation under a raw spinlock or with IRQs off (PREEMPT_RT: even GFP_ATOMIC may sleep)", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << rt_locked.p;
pl << rt_locked.pl;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation under a raw spinlock or with IRQs off (PREEMPT_RT: even GFP_ATOMIC may sleep) (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << rt_guarded.p;
pl << rt_guarded.pl;
@@
if pg_in_scope(pl[0], p[0]) and True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << rt_guarded.p;
pl << rt_guarded.pl;
@@
if pg_in_scope(pl[0], p[0]) and pg_once(p[0]):
	cocci.print_main("allocation under a raw spinlock or with IRQs off (PREEMPT_RT: even GFP_ATOMIC may sleep)", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << rt_guarded.p;
pl << rt_guarded.pl;
@@
if pg_in_scope(pl[0], p[0]) and pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation under a raw spinlock or with IRQs off (PREEMPT_RT: even GFP_ATOMIC may sleep) (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << rt_sguarded.p;
pl << rt_sguarded.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << rt_sguarded.p;
pl << rt_sguarded.pl;
@@
if pg_once(p[0]):
	cocci.print_main("allocation under a raw spinlock or with IRQs off (PREEMPT_RT: even GFP_ATOMIC may sleep)", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << rt_sguarded.p;
pl << rt_sguarded.pl;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation under a raw spinlock or with IRQs off (PREEMPT_RT: even GFP_ATOMIC may sleep) (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << locked_gfpvar.p;
pl << locked_gfpvar.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << locked_gfpvar.p;
pl << locked_gfpvar.pl;
@@
if pg_once(p[0]):
	cocci.print_main("allocation that may sleep in atomic context", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << locked_gfpvar.p;
pl << locked_gfpvar.pl;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation that may sleep in atomic context (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << locked_gfphelper.p;
pl << locked_gfphelper.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << locked_gfphelper.p;
pl << locked_gfphelper.pl;
@@
if pg_once(p[0]):
	cocci.print_main("allocation that may sleep in atomic context", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << locked_gfphelper.p;
pl << locked_gfphelper.pl;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation that may sleep in atomic context (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << gfpparam.p;
pl << gfpparam.pl;
pc << gfpcaller.pc;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << gfpparam.p;
pl << gfpparam.pl;
pc << gfpcaller.pc;
@@
if pg_once(p[0]):
	cocci.print_main("allocation that may sleep in atomic context", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << gfpparam.p;
pl << gfpparam.pl;
pc << gfpcaller.pc;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation that may sleep in atomic context (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on patch@
p << gfpparam2.p;
pl << gfpparam2.pl;
pc << gfpcaller2.pc;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on org@
p << gfpparam2.p;
pl << gfpparam2.pl;
pc << gfpcaller2.pc;
@@
if pg_once(p[0]):
	cocci.print_main("allocation that may sleep in atomic context", p)
	cocci.print_secs("atomic from here", pl)

@script:python depends on report@
p << gfpparam2.p;
pl << gfpparam2.pl;
pc << gfpcaller2.pc;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation that may sleep in atomic context (atomic since line %s) [pgcheck-sleeping-alloc-in-atomic]"
		% pl[0].line)

@script:python depends on context@
p << locked.p;
pl << locked.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << locked_same.p;
pl << locked_same.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << trylocked.p;
pl << trylocked.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << trylocked2.p;
pl << trylocked2.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << guarded.p;
pl << guarded.pl;
@@
if pg_in_scope(pl[0], p[0]) and True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << sguarded.p;
pl << sguarded.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << rt_locked.p;
pl << rt_locked.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << rt_guarded.p;
pl << rt_guarded.pl;
@@
if pg_in_scope(pl[0], p[0]) and True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << rt_sguarded.p;
pl << rt_sguarded.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << locked_gfpvar.p;
pl << locked_gfpvar.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << locked_gfphelper.p;
pl << locked_gfphelper.pl;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << gfpparam.p;
pl << gfpparam.pl;
pc << gfpcaller.pc;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@script:python depends on context@
p << gfpparam2.p;
pl << gfpparam2.pl;
pc << gfpcaller2.pc;
@@
if True:
	pg_fix.add(pg_key(p[0]))

@ctx depends on gate && (context && !patch && !org && !report)@
position p : script:python() { pg_key(p[0]) in pg_fix };
identifier f;
@@
* f@p(...)

// Patch: the sleeping mask becomes GFP_ATOMIC (not for PREEMPT_RT sections),
// in the allocation or in the call that passes it to a helper.
@fix depends on gate && (patch && !context && !org && !report && !rt)@
position p : script:python() { pg_key(p[0]) in pg_fix };
identifier f;
// pgcheck-vocab: gfp-sleeps
identifier gs = {GFP_KERNEL, GFP_KERNEL_ACCOUNT, GFP_NOFS, GFP_NOIO, GFP_USER,
	GFP_HIGHUSER, GFP_HIGHUSER_MOVABLE, GFP_PGTABLE_KERNEL,
	GFP_PGTABLE_USER};
@@
f@p(...,
    <+...
-   gs
+   GFP_ATOMIC
    ...+>, ...)
