// SPDX-License-Identifier: GPL-2.0
/// The TLB flush made between clearing a pmd/pud/p4d/pgd entry and freeing
/// the table below it must cover the whole span that entry mapped
/// (PMD_SIZE, PUD_SIZE, ...): paging-structure caches keep upper-level
/// entries for every address in that span.  This finds a flush whose range
/// is a smaller level's span (e.g. addr + PAGE_SIZE - 1 after pud_clear(),
/// the x86 pud_free_pmd_page() flush reported in 2025) or a single-address
/// flush, or a range that starts past the entry's first page (START + X to
/// START + SPAN), when it is the only flush before the free.  A walk-cache flush for
/// table teardown (arm64 __flush_tlb_kernel_pgtable(addr)) and flush-all
/// calls are never short.  Patch mode widens the range to the entry's span.
///
// Confidence: High
// Copyright: (C) 2026 pgcheck authors.
// URL: https://github.com/pgcheck/pgcheck
// Comments: only ranges written as START + SIZE (or START + SIZE - 1) with a
//  span macro are computable here.
// Options: --no-includes --include-headers
// Requires: 1.0.8

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
# Several rules can match the same flush: report it once.
pg_reported = set()
# Flushes found short, for patch mode.
pg_short = set()

def pg_key(pos):
	return (pos.file, pos.line, pos.column)

def pg_once(pos):
	key = pg_key(pos)
	if key in pg_reported:
		return False
	pg_reported.add(key)
	return True

// Token gates.  spatch reads the names written in a rule, not those of an
// identifier list, to skip the files that cannot match: without these
// rules spatch parses every file.  Matching such a disjunction of names
// costs far more than an identifier list, so each one runs only where
// cheaper rules (lists, definitions) found what it looks for.
// A finding needs a clear, a flush and a free.  Only the clears (the
// rarest) are literal: pgcheck-all.cocci's file filter must stay small
// enough for spatch to use it.
@any_clear@
// pgcheck-vocab: clear
identifier a = {pgd_clear, p4d_clear, pud_clear, pmd_clear, native_pud_clear,
	native_pmd_clear, set_pud, set_pmd, set_p4d, set_pgd, pud_clear_huge,
	pmd_clear_huge, pmdp_huge_get_and_clear, pudp_huge_get_and_clear};
@@
a(...)

@any_flush depends on any_clear@
// pgcheck-vocab: flush
identifier a = {flush_tlb_kernel_range, flush_tlb_all, __flush_tlb_all,
	flush_tlb_range, flush_tlb_mm, flush_tlb_mm_range, flush_tlb_page,
	flush_tlb_one_kernel, __flush_tlb_one_kernel, local_flush_tlb_all,
	__flush_tlb_kernel_pgtable, flush_pmd_tlb_range, flush_pud_tlb_range,
	tlb_flush_mmu, tlb_finish_mmu};
@@
a(...)

@any_free depends on any_flush@
// pgcheck-vocab: free
identifier a = {free_page, free_pages, __free_page, __free_pages,
	pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free, pgd_free,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page, kmem_cache_free};
@@
a(...)

@has_clear depends on any_free@
@@
// pgcheck-gate: clear
\(pgd_clear\|p4d_clear\|pud_clear\|pmd_clear\|native_pud_clear\|
	native_pmd_clear\|set_pud\|set_pmd\|set_p4d\|set_pgd\|
	pud_clear_huge\|pmd_clear_huge\|pmdp_huge_get_and_clear\|
	pudp_huge_get_and_clear\)(...)

// Every other rule depends on this one (true in a file that passes the
// gates and defines a function).
@gate depends on has_clear@
identifier fn;
@@
fn(...) { ... }

// A pgd entry maps PGDIR_SIZE.
@short_pgd depends on gate exists@
expression A, P, E2, V;
// pgcheck-vocab: clear level=pgd zero=
identifier clr = {pgd_clear};
// pgcheck-vocab: clear level=pgd zero=2
identifier clrz = {set_pgd};
// pgcheck-vocab: entry-value
identifier ev = {__pgd, __p4d, __pud, __pmd};
// pgcheck-vocab: flush+clear-flush
identifier fl = {pmdp_collapse_flush, pmdp_huge_clear_flush,
	pudp_huge_clear_flush, pmdp_invalidate, flush_tlb_kernel_range,
	flush_tlb_all, __flush_tlb_all, flush_tlb_range, flush_tlb_mm,
	flush_tlb_mm_range, flush_tlb_page, flush_tlb_one_kernel,
	__flush_tlb_one_kernel, local_flush_tlb_all,
	__flush_tlb_kernel_pgtable, flush_pmd_tlb_range, flush_pud_tlb_range,
	tlb_flush_mmu, tlb_finish_mmu};
// pgcheck-vocab: flush start=1
identifier fk = {flush_tlb_kernel_range};
// pgcheck-vocab: flush start=2
identifier fv = {flush_tlb_range, flush_tlb_mm_range, flush_pmd_tlb_range,
	flush_pud_tlb_range};
// pgcheck-vocab: flush addr=1
identifier fa1 = {flush_tlb_one_kernel, __flush_tlb_one_kernel};
// pgcheck-vocab: flush addr=2
identifier fa2 = {flush_tlb_page};
// pgcheck-vocab: span level=pte
identifier s_pte = {PAGE_SIZE};
// pgcheck-vocab: span level=pmd
identifier s_pmd = {PMD_SIZE};
// pgcheck-vocab: span level=pud
identifier s_pud = {PUD_SIZE};
// pgcheck-vocab: span level=p4d
identifier s_p4d = {P4D_SIZE};
// pgcheck-vocab: span level=pgd
identifier s_self = {PGDIR_SIZE};
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
expression E3;
@@
(
clr@pc(...);
|
E2 = clr@pc(...);
|
clrz@pc(P, \(0\|ev(0)\));
)
... when != fl(...)
(
fk@p(A, A + \(s_pte\|s_pmd\|s_pud\|s_p4d\));
|
fk@p(A, A + \(s_pte\|s_pmd\|s_pud\|s_p4d\) - 1);
|
fv@p(V, A, A + \(s_pte\|s_pmd\|s_pud\|s_p4d\), ...);
|
fv@p(V, A, A + \(s_pte\|s_pmd\|s_pud\|s_p4d\) - 1, ...);
|
fk@p(A + E3, A + \(s_pte\|s_pmd\|s_pud\|s_p4d\|s_self\));
|
fk@p(A + E3, A + \(s_pte\|s_pmd\|s_pud\|s_p4d\|s_self\) - 1);
|
fv@p(V, A + E3, A + \(s_pte\|s_pmd\|s_pud\|s_p4d\|s_self\), ...);
|
fv@p(V, A + E3, A + \(s_pte\|s_pmd\|s_pud\|s_p4d\|s_self\) - 1, ...);
|
fa1@p(A);
|
fa2@p(V, A);
)
... when != fl(...)
(
fr1(...);
|
fr2(...);
)

@script:python depends on patch@
p << short_pgd.p;
@@
pg_short.add(pg_key(p[0]))

@fix_pgd depends on gate && (patch && !context && !org && !report)@
position p : script:python() { pg_key(p[0]) in pg_short };
expression A, V;
// pgcheck-vocab: flush start=1
identifier fk = {flush_tlb_kernel_range};
// pgcheck-vocab: flush start=2
identifier fv = {flush_tlb_range, flush_tlb_mm_range, flush_pmd_tlb_range,
	flush_pud_tlb_range};
// pgcheck-vocab: span level=pte
identifier s_pte = {PAGE_SIZE};
// pgcheck-vocab: span level=pmd
identifier s_pmd = {PMD_SIZE};
// pgcheck-vocab: span level=pud
identifier s_pud = {PUD_SIZE};
// pgcheck-vocab: span level=p4d
identifier s_p4d = {P4D_SIZE};
@@
(
fk@p(A, A +
- s_pte
+ PGDIR_SIZE
  , ...)
|
fk@p(A, A +
- s_pte
+ PGDIR_SIZE
  - 1, ...)
|
fv@p(V, A, A +
- s_pte
+ PGDIR_SIZE
  , ...)
|
fv@p(V, A, A +
- s_pte
+ PGDIR_SIZE
  - 1, ...)
|
fk@p(A, A +
- s_pmd
+ PGDIR_SIZE
  , ...)
|
fk@p(A, A +
- s_pmd
+ PGDIR_SIZE
  - 1, ...)
|
fv@p(V, A, A +
- s_pmd
+ PGDIR_SIZE
  , ...)
|
fv@p(V, A, A +
- s_pmd
+ PGDIR_SIZE
  - 1, ...)
|
fk@p(A, A +
- s_pud
+ PGDIR_SIZE
  , ...)
|
fk@p(A, A +
- s_pud
+ PGDIR_SIZE
  - 1, ...)
|
fv@p(V, A, A +
- s_pud
+ PGDIR_SIZE
  , ...)
|
fv@p(V, A, A +
- s_pud
+ PGDIR_SIZE
  - 1, ...)
|
fk@p(A, A +
- s_p4d
+ PGDIR_SIZE
  , ...)
|
fk@p(A, A +
- s_p4d
+ PGDIR_SIZE
  - 1, ...)
|
fv@p(V, A, A +
- s_p4d
+ PGDIR_SIZE
  , ...)
|
fv@p(V, A, A +
- s_p4d
+ PGDIR_SIZE
  - 1, ...)
)

@ctx_pgd depends on gate && (context && !patch && !org && !report)@
position short_pgd.p;
identifier f;
@@
* f@p(...)

@script:python depends on org@
p << short_pgd.p;
pc << short_pgd.pc;
@@
if pg_once(p[0]):
	cocci.print_main("TLB flush shorter than the PGDIR_SIZE span of the pgd entry cleared before it", p)
	cocci.print_secs("entry cleared", pc)

@script:python depends on report@
p << short_pgd.p;
pc << short_pgd.pc;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"TLB flush covers less than the PGDIR_SIZE span of the pgd entry "
		"cleared on line %s before the table is freed "
		"[pgcheck-flush-range-short]" % pc[0].line)

// A p4d entry maps P4D_SIZE.
@short_p4d depends on gate exists@
expression A, P, E2, V;
// pgcheck-vocab: clear level=p4d zero=
identifier clr = {p4d_clear};
// pgcheck-vocab: clear level=p4d zero=2
identifier clrz = {set_p4d};
// pgcheck-vocab: entry-value
identifier ev = {__pgd, __p4d, __pud, __pmd};
// pgcheck-vocab: flush+clear-flush
identifier fl = {pmdp_collapse_flush, pmdp_huge_clear_flush,
	pudp_huge_clear_flush, pmdp_invalidate, flush_tlb_kernel_range,
	flush_tlb_all, __flush_tlb_all, flush_tlb_range, flush_tlb_mm,
	flush_tlb_mm_range, flush_tlb_page, flush_tlb_one_kernel,
	__flush_tlb_one_kernel, local_flush_tlb_all,
	__flush_tlb_kernel_pgtable, flush_pmd_tlb_range, flush_pud_tlb_range,
	tlb_flush_mmu, tlb_finish_mmu};
// pgcheck-vocab: flush start=1
identifier fk = {flush_tlb_kernel_range};
// pgcheck-vocab: flush start=2
identifier fv = {flush_tlb_range, flush_tlb_mm_range, flush_pmd_tlb_range,
	flush_pud_tlb_range};
// pgcheck-vocab: flush addr=1
identifier fa1 = {flush_tlb_one_kernel, __flush_tlb_one_kernel};
// pgcheck-vocab: flush addr=2
identifier fa2 = {flush_tlb_page};
// pgcheck-vocab: span level=pte
identifier s_pte = {PAGE_SIZE};
// pgcheck-vocab: span level=pmd
identifier s_pmd = {PMD_SIZE};
// pgcheck-vocab: span level=pud
identifier s_pud = {PUD_SIZE};
// pgcheck-vocab: span level=p4d
identifier s_self = {P4D_SIZE};
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
expression E3;
@@
(
clr@pc(...);
|
E2 = clr@pc(...);
|
clrz@pc(P, \(0\|ev(0)\));
)
... when != fl(...)
(
fk@p(A, A + \(s_pte\|s_pmd\|s_pud\));
|
fk@p(A, A + \(s_pte\|s_pmd\|s_pud\) - 1);
|
fv@p(V, A, A + \(s_pte\|s_pmd\|s_pud\), ...);
|
fv@p(V, A, A + \(s_pte\|s_pmd\|s_pud\) - 1, ...);
|
fk@p(A + E3, A + \(s_pte\|s_pmd\|s_pud\|s_self\));
|
fk@p(A + E3, A + \(s_pte\|s_pmd\|s_pud\|s_self\) - 1);
|
fv@p(V, A + E3, A + \(s_pte\|s_pmd\|s_pud\|s_self\), ...);
|
fv@p(V, A + E3, A + \(s_pte\|s_pmd\|s_pud\|s_self\) - 1, ...);
|
fa1@p(A);
|
fa2@p(V, A);
)
... when != fl(...)
(
fr1(...);
|
fr2(...);
)

@script:python depends on patch@
p << short_p4d.p;
@@
pg_short.add(pg_key(p[0]))

@fix_p4d depends on gate && (patch && !context && !org && !report)@
position p : script:python() { pg_key(p[0]) in pg_short };
expression A, V;
// pgcheck-vocab: flush start=1
identifier fk = {flush_tlb_kernel_range};
// pgcheck-vocab: flush start=2
identifier fv = {flush_tlb_range, flush_tlb_mm_range, flush_pmd_tlb_range,
	flush_pud_tlb_range};
// pgcheck-vocab: span level=pte
identifier s_pte = {PAGE_SIZE};
// pgcheck-vocab: span level=pmd
identifier s_pmd = {PMD_SIZE};
// pgcheck-vocab: span level=pud
identifier s_pud = {PUD_SIZE};
@@
(
fk@p(A, A +
- s_pte
+ P4D_SIZE
  , ...)
|
fk@p(A, A +
- s_pte
+ P4D_SIZE
  - 1, ...)
|
fv@p(V, A, A +
- s_pte
+ P4D_SIZE
  , ...)
|
fv@p(V, A, A +
- s_pte
+ P4D_SIZE
  - 1, ...)
|
fk@p(A, A +
- s_pmd
+ P4D_SIZE
  , ...)
|
fk@p(A, A +
- s_pmd
+ P4D_SIZE
  - 1, ...)
|
fv@p(V, A, A +
- s_pmd
+ P4D_SIZE
  , ...)
|
fv@p(V, A, A +
- s_pmd
+ P4D_SIZE
  - 1, ...)
|
fk@p(A, A +
- s_pud
+ P4D_SIZE
  , ...)
|
fk@p(A, A +
- s_pud
+ P4D_SIZE
  - 1, ...)
|
fv@p(V, A, A +
- s_pud
+ P4D_SIZE
  , ...)
|
fv@p(V, A, A +
- s_pud
+ P4D_SIZE
  - 1, ...)
)

@ctx_p4d depends on gate && (context && !patch && !org && !report)@
position short_p4d.p;
identifier f;
@@
* f@p(...)

@script:python depends on org@
p << short_p4d.p;
pc << short_p4d.pc;
@@
if pg_once(p[0]):
	cocci.print_main("TLB flush shorter than the P4D_SIZE span of the p4d entry cleared before it", p)
	cocci.print_secs("entry cleared", pc)

@script:python depends on report@
p << short_p4d.p;
pc << short_p4d.pc;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"TLB flush covers less than the P4D_SIZE span of the p4d entry "
		"cleared on line %s before the table is freed "
		"[pgcheck-flush-range-short]" % pc[0].line)

// A pud entry maps PUD_SIZE.
@short_pud depends on gate exists@
expression A, P, E2, V;
// pgcheck-vocab: clear level=pud zero=
identifier clr = {pud_clear, native_pud_clear, pud_clear_huge,
	pudp_huge_get_and_clear};
// pgcheck-vocab: clear level=pud zero=2
identifier clrz = {set_pud};
// pgcheck-vocab: entry-value
identifier ev = {__pgd, __p4d, __pud, __pmd};
// pgcheck-vocab: flush+clear-flush
identifier fl = {pmdp_collapse_flush, pmdp_huge_clear_flush,
	pudp_huge_clear_flush, pmdp_invalidate, flush_tlb_kernel_range,
	flush_tlb_all, __flush_tlb_all, flush_tlb_range, flush_tlb_mm,
	flush_tlb_mm_range, flush_tlb_page, flush_tlb_one_kernel,
	__flush_tlb_one_kernel, local_flush_tlb_all,
	__flush_tlb_kernel_pgtable, flush_pmd_tlb_range, flush_pud_tlb_range,
	tlb_flush_mmu, tlb_finish_mmu};
// pgcheck-vocab: flush start=1
identifier fk = {flush_tlb_kernel_range};
// pgcheck-vocab: flush start=2
identifier fv = {flush_tlb_range, flush_tlb_mm_range, flush_pmd_tlb_range,
	flush_pud_tlb_range};
// pgcheck-vocab: flush addr=1
identifier fa1 = {flush_tlb_one_kernel, __flush_tlb_one_kernel};
// pgcheck-vocab: flush addr=2
identifier fa2 = {flush_tlb_page};
// pgcheck-vocab: span level=pte
identifier s_pte = {PAGE_SIZE};
// pgcheck-vocab: span level=pmd
identifier s_pmd = {PMD_SIZE};
// pgcheck-vocab: span level=pud
identifier s_self = {PUD_SIZE};
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
expression E3;
@@
(
clr@pc(...);
|
E2 = clr@pc(...);
|
clrz@pc(P, \(0\|ev(0)\));
)
... when != fl(...)
(
fk@p(A, A + \(s_pte\|s_pmd\));
|
fk@p(A, A + \(s_pte\|s_pmd\) - 1);
|
fv@p(V, A, A + \(s_pte\|s_pmd\), ...);
|
fv@p(V, A, A + \(s_pte\|s_pmd\) - 1, ...);
|
fk@p(A + E3, A + \(s_pte\|s_pmd\|s_self\));
|
fk@p(A + E3, A + \(s_pte\|s_pmd\|s_self\) - 1);
|
fv@p(V, A + E3, A + \(s_pte\|s_pmd\|s_self\), ...);
|
fv@p(V, A + E3, A + \(s_pte\|s_pmd\|s_self\) - 1, ...);
|
fa1@p(A);
|
fa2@p(V, A);
)
... when != fl(...)
(
fr1(...);
|
fr2(...);
)

@script:python depends on patch@
p << short_pud.p;
@@
pg_short.add(pg_key(p[0]))

@fix_pud depends on gate && (patch && !context && !org && !report)@
position p : script:python() { pg_key(p[0]) in pg_short };
expression A, V;
// pgcheck-vocab: flush start=1
identifier fk = {flush_tlb_kernel_range};
// pgcheck-vocab: flush start=2
identifier fv = {flush_tlb_range, flush_tlb_mm_range, flush_pmd_tlb_range,
	flush_pud_tlb_range};
// pgcheck-vocab: span level=pte
identifier s_pte = {PAGE_SIZE};
// pgcheck-vocab: span level=pmd
identifier s_pmd = {PMD_SIZE};
@@
(
fk@p(A, A +
- s_pte
+ PUD_SIZE
  , ...)
|
fk@p(A, A +
- s_pte
+ PUD_SIZE
  - 1, ...)
|
fv@p(V, A, A +
- s_pte
+ PUD_SIZE
  , ...)
|
fv@p(V, A, A +
- s_pte
+ PUD_SIZE
  - 1, ...)
|
fk@p(A, A +
- s_pmd
+ PUD_SIZE
  , ...)
|
fk@p(A, A +
- s_pmd
+ PUD_SIZE
  - 1, ...)
|
fv@p(V, A, A +
- s_pmd
+ PUD_SIZE
  , ...)
|
fv@p(V, A, A +
- s_pmd
+ PUD_SIZE
  - 1, ...)
)

@ctx_pud depends on gate && (context && !patch && !org && !report)@
position short_pud.p;
identifier f;
@@
* f@p(...)

@script:python depends on org@
p << short_pud.p;
pc << short_pud.pc;
@@
if pg_once(p[0]):
	cocci.print_main("TLB flush shorter than the PUD_SIZE span of the pud entry cleared before it", p)
	cocci.print_secs("entry cleared", pc)

@script:python depends on report@
p << short_pud.p;
pc << short_pud.pc;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"TLB flush covers less than the PUD_SIZE span of the pud entry "
		"cleared on line %s before the table is freed "
		"[pgcheck-flush-range-short]" % pc[0].line)

// A pmd entry maps PMD_SIZE.
@short_pmd depends on gate exists@
expression A, P, E2, V;
// pgcheck-vocab: clear level=pmd zero=
identifier clr = {pmd_clear, native_pmd_clear, pmd_clear_huge,
	pmdp_huge_get_and_clear};
// pgcheck-vocab: clear level=pmd zero=2
identifier clrz = {set_pmd};
// pgcheck-vocab: entry-value
identifier ev = {__pgd, __p4d, __pud, __pmd};
// pgcheck-vocab: flush+clear-flush
identifier fl = {pmdp_collapse_flush, pmdp_huge_clear_flush,
	pudp_huge_clear_flush, pmdp_invalidate, flush_tlb_kernel_range,
	flush_tlb_all, __flush_tlb_all, flush_tlb_range, flush_tlb_mm,
	flush_tlb_mm_range, flush_tlb_page, flush_tlb_one_kernel,
	__flush_tlb_one_kernel, local_flush_tlb_all,
	__flush_tlb_kernel_pgtable, flush_pmd_tlb_range, flush_pud_tlb_range,
	tlb_flush_mmu, tlb_finish_mmu};
// pgcheck-vocab: flush start=1
identifier fk = {flush_tlb_kernel_range};
// pgcheck-vocab: flush start=2
identifier fv = {flush_tlb_range, flush_tlb_mm_range, flush_pmd_tlb_range,
	flush_pud_tlb_range};
// pgcheck-vocab: flush addr=1
identifier fa1 = {flush_tlb_one_kernel, __flush_tlb_one_kernel};
// pgcheck-vocab: flush addr=2
identifier fa2 = {flush_tlb_page};
// pgcheck-vocab: span level=pte
identifier s_pte = {PAGE_SIZE};
// pgcheck-vocab: span level=pmd
identifier s_self = {PMD_SIZE};
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
expression E3;
@@
(
clr@pc(...);
|
E2 = clr@pc(...);
|
clrz@pc(P, \(0\|ev(0)\));
)
... when != fl(...)
(
fk@p(A, A + \(s_pte\));
|
fk@p(A, A + \(s_pte\) - 1);
|
fv@p(V, A, A + \(s_pte\), ...);
|
fv@p(V, A, A + \(s_pte\) - 1, ...);
|
fk@p(A + E3, A + \(s_pte\|s_self\));
|
fk@p(A + E3, A + \(s_pte\|s_self\) - 1);
|
fv@p(V, A + E3, A + \(s_pte\|s_self\), ...);
|
fv@p(V, A + E3, A + \(s_pte\|s_self\) - 1, ...);
|
fa1@p(A);
|
fa2@p(V, A);
)
... when != fl(...)
(
fr1(...);
|
fr2(...);
)

@script:python depends on patch@
p << short_pmd.p;
@@
pg_short.add(pg_key(p[0]))

@fix_pmd depends on gate && (patch && !context && !org && !report)@
position p : script:python() { pg_key(p[0]) in pg_short };
expression A, V;
// pgcheck-vocab: flush start=1
identifier fk = {flush_tlb_kernel_range};
// pgcheck-vocab: flush start=2
identifier fv = {flush_tlb_range, flush_tlb_mm_range, flush_pmd_tlb_range,
	flush_pud_tlb_range};
// pgcheck-vocab: span level=pte
identifier s_pte = {PAGE_SIZE};
@@
(
fk@p(A, A +
- s_pte
+ PMD_SIZE
  , ...)
|
fk@p(A, A +
- s_pte
+ PMD_SIZE
  - 1, ...)
|
fv@p(V, A, A +
- s_pte
+ PMD_SIZE
  , ...)
|
fv@p(V, A, A +
- s_pte
+ PMD_SIZE
  - 1, ...)
)

@ctx_pmd depends on gate && (context && !patch && !org && !report)@
position short_pmd.p;
identifier f;
@@
* f@p(...)

@script:python depends on org@
p << short_pmd.p;
pc << short_pmd.pc;
@@
if pg_once(p[0]):
	cocci.print_main("TLB flush shorter than the PMD_SIZE span of the pmd entry cleared before it", p)
	cocci.print_secs("entry cleared", pc)

@script:python depends on report@
p << short_pmd.p;
pc << short_pmd.pc;
@@
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"TLB flush covers less than the PMD_SIZE span of the pmd entry "
		"cleared on line %s before the table is freed "
		"[pgcheck-flush-range-short]" % pc[0].line)
