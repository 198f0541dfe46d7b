// SPDX-License-Identifier: GPL-2.0
/// Page-table pages must be freed only after the entry pointing to them was
/// cleared AND the TLB / paging-structure caches were flushed: clear, flush,
/// free.  A CPU may still walk through a cached upper-level entry into a freed
/// and reused table page.  This finds a table page (obtained from an entry
/// with pmd_page_vaddr(), pud_pgtable(), ...) freed after a clear with no
/// flush on some path in between, or freed before its own entry is cleared.
/// Deferred frees (pte_free_tlb(), tlb_remove_table(), ...) are safe by design.
/// Patch mode adds flush_tlb_kernel_range(addr, addr + SIZE) after the clear,
/// sized for the level cleared, when the function has an `addr` parameter.
///
// Confidence: High
// Copyright: (C) 2026 pgcheck authors.
// URL: https://github.com/pgcheck/pgcheck
// Comments: flushes done by a helper defined in the same file count.
// Options: --no-includes --include-headers
// Requires: 1.0.8

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
# Names of this file's functions that flush, reset for every file.
pg_file = [None]
pg_flushers = set()
pg_bad_clears = set()

def pg_key(pos):
	return (pos.file, pos.line, pos.column)

# Several rules can find the same free: report it once.
pg_reported = set()

def pg_report(pos, msg):
	if pg_key(pos) not in pg_reported:
		pg_reported.add(pg_key(pos))
		coccilib.report.print_report(pos, msg)

def pg_org(p, pc, msg):
	if pg_key(p[0]) not in pg_reported:
		pg_reported.add(pg_key(p[0]))
		cocci.print_main(msg, p)
		cocci.print_secs("entry cleared", pc)

def pg_new_file(name):
	if pg_file[0] != name:
		pg_file[0] = name
		pg_flushers.clear()

// Token gates.  spatch reads the names written in a rule, not those of an
// identifier list, to skip the files that cannot match: without these
// rules spatch parses every file.  Matching such a disjunction of names
// costs far more than an identifier list, so each one runs only where
// cheaper rules (lists, definitions) found what it looks for.
// A finding needs a table read from an entry and a free.  Only the table
// reads (the rarer) are literal: pgcheck-all.cocci's file filter must stay
// small enough for spatch to use it.
@any_table@
// pgcheck-vocab: table
identifier a = {pmd_page_vaddr, pmd_pgtable, pmd_page, pmd_ptdesc,
	pte_offset_kernel, pud_pgtable, pud_page_vaddr, pud_page, pmd_offset,
	p4d_pgtable, pud_offset, pgd_page_vaddr, p4d_offset};
@@
a(...)

@any_free depends on any_table@
// pgcheck-vocab: free
identifier a = {free_page, free_pages, __free_page, __free_pages,
	pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free, pgd_free,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page, kmem_cache_free};
@@
a(...)

@has_table depends on any_free@
@@
// pgcheck-gate: table
\(pmd_page_vaddr\|pmd_pgtable\|pmd_page\|pmd_ptdesc\|pte_offset_kernel\|
	pud_pgtable\|pud_page_vaddr\|pud_page\|pmd_offset\|p4d_pgtable\|
	pud_offset\|pgd_page_vaddr\|p4d_offset\)(...)

// Every other rule depends on this one (true in a file that passes the
// gates and defines a function).
@gate depends on has_table@
identifier fn;
@@
fn(...) { ... }

// Functions of this file whose body flushes count as flushes at their calls.
@pgfn depends on gate@
identifier fn;
position p;
@@
fn@p(...) { ... }

@script:python@
p << pgfn.p;
@@
pg_new_file(p[0].file)

@flusher depends on gate exists@
identifier fn;
// pgcheck-vocab: flush+clear-flush
identifier fl = {pmdp_collapse_flush, pmdp_huge_clear_flush,
	pudp_huge_clear_flush, pmdp_invalidate, flush_tlb_kernel_range,
	flush_tlb_all, __flush_tlb_all, flush_tlb_range, flush_tlb_mm,
	flush_tlb_mm_range, flush_tlb_page, flush_tlb_one_kernel,
	__flush_tlb_one_kernel, local_flush_tlb_all,
	__flush_tlb_kernel_pgtable, flush_pmd_tlb_range, flush_pud_tlb_range,
	tlb_flush_mmu, tlb_finish_mmu};
@@
fn(...) {
... when any
fl(...)
... when any
}

@script:python@
fn << flusher.fn;
@@
pg_flushers.add(fn)

// Cleared, then freed with no flush on some path in between.  The table may
// have been read from the entry before or after the clear.
@cf depends on gate exists@
expression T, E, E2, P, Z;
// pgcheck-vocab: table
identifier tbl = {pmd_page_vaddr, pmd_pgtable, pmd_page, pmd_ptdesc,
	pte_offset_kernel, pud_pgtable, pud_page_vaddr, pud_page, pmd_offset,
	p4d_pgtable, pud_offset, pgd_page_vaddr, p4d_offset};
// pgcheck-vocab: clear zero=
identifier clr = {pgd_clear, p4d_clear, pud_clear, pmd_clear, native_pud_clear,
	native_pmd_clear, pud_clear_huge, pmd_clear_huge,
	pmdp_huge_get_and_clear, pudp_huge_get_and_clear};
// pgcheck-vocab: clear zero=2
identifier clrz = {set_pud, set_pmd, set_p4d, set_pgd};
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
identifier fh : script:python() { fh in pg_flushers };
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
// pgcheck-vocab: same-object
identifier so = {page_address, virt_to_page, page_ptdesc, ptdesc_page,
	virt_to_ptdesc, ptdesc_address};
type TY;
@@
(
T = <+... tbl(...) ...+>;
|
T = <+... tbl(...) ...+>
)
... when != T = E
    when != T++
    when != T += E
(
clr@pc(...);
|
E2 = clr@pc(...);
|
clrz@pc(P, \(0\|ev(0)\));
)
... when != fl(...)
    when != fh(...)
    when != T = E
    when != T++
    when != T += E
(
fr1@p(\(T\|(TY)T\|so(T)\|(TY)so(T)\), ...);
|
fr2@p(Z, \(T\|(TY)T\|so(T)\|(TY)so(T)\), ...);
)

// The same, with the table read from the (saved) entry after the clear.
@cf2 depends on gate exists@
expression T, E, E2, P, Z;
// pgcheck-vocab: table
identifier tbl = {pmd_page_vaddr, pmd_pgtable, pmd_page, pmd_ptdesc,
	pte_offset_kernel, pud_pgtable, pud_page_vaddr, pud_page, pmd_offset,
	p4d_pgtable, pud_offset, pgd_page_vaddr, p4d_offset};
// pgcheck-vocab: clear zero=
identifier clr = {pgd_clear, p4d_clear, pud_clear, pmd_clear, native_pud_clear,
	native_pmd_clear, pud_clear_huge, pmd_clear_huge,
	pmdp_huge_get_and_clear, pudp_huge_get_and_clear};
// pgcheck-vocab: clear zero=2
identifier clrz = {set_pud, set_pmd, set_p4d, set_pgd};
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
identifier fh : script:python() { fh in pg_flushers };
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
// pgcheck-vocab: same-object
identifier so = {page_address, virt_to_page, page_ptdesc, ptdesc_page,
	virt_to_ptdesc, ptdesc_address};
type TY;
@@
(
clr@pc(...);
|
E2 = clr@pc(...);
|
clrz@pc(P, \(0\|ev(0)\));
)
... when != fl(...)
    when != fh(...)
(
T = <+... tbl(...) ...+>;
|
T = <+... tbl(...) ...+>
)
... when != fl(...)
    when != fh(...)
    when != T = E
    when != T++
    when != T += E
(
fr1@p(\(T\|(TY)T\|so(T)\|(TY)so(T)\), ...);
|
fr2@p(Z, \(T\|(TY)T\|so(T)\|(TY)so(T)\), ...);
)

// The table read from the entry inside the free's argument itself, e.g.
// pte_free(mm, pmd_pgtable(old)) after old = pmdp_huge_get_and_clear().
@cf3 depends on gate exists@
expression E2, P, Z;
// pgcheck-vocab: table
identifier tbl = {pmd_page_vaddr, pmd_pgtable, pmd_page, pmd_ptdesc,
	pte_offset_kernel, pud_pgtable, pud_page_vaddr, pud_page, pmd_offset,
	p4d_pgtable, pud_offset, pgd_page_vaddr, p4d_offset};
// pgcheck-vocab: clear zero=
identifier clr = {pgd_clear, p4d_clear, pud_clear, pmd_clear, native_pud_clear,
	native_pmd_clear, pud_clear_huge, pmd_clear_huge,
	pmdp_huge_get_and_clear, pudp_huge_get_and_clear};
// pgcheck-vocab: clear zero=2
identifier clrz = {set_pud, set_pmd, set_p4d, set_pgd};
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
identifier fh : script:python() { fh in pg_flushers };
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
@@
(
clr@pc(...);
|
E2 = clr@pc(...);
|
clrz@pc(P, \(0\|ev(0)\));
)
... when != fl(...)
    when != fh(...)
(
fr1@p(<+... tbl(...) ...+>, ...);
|
fr2@p(Z, <+... tbl(...) ...+>, ...);
)

// The table reaches the free through copies (casts, page <-> address).
@cfc1 depends on gate exists@
expression T, T2, E, E2, P, Z;
// pgcheck-vocab: table
identifier tbl = {pmd_page_vaddr, pmd_pgtable, pmd_page, pmd_ptdesc,
	pte_offset_kernel, pud_pgtable, pud_page_vaddr, pud_page, pmd_offset,
	p4d_pgtable, pud_offset, pgd_page_vaddr, p4d_offset};
// pgcheck-vocab: clear zero=
identifier clr = {pgd_clear, p4d_clear, pud_clear, pmd_clear, native_pud_clear,
	native_pmd_clear, pud_clear_huge, pmd_clear_huge,
	pmdp_huge_get_and_clear, pudp_huge_get_and_clear};
// pgcheck-vocab: clear zero=2
identifier clrz = {set_pud, set_pmd, set_p4d, set_pgd};
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
identifier fh : script:python() { fh in pg_flushers };
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
// pgcheck-vocab: same-object
identifier so = {page_address, virt_to_page, page_ptdesc, ptdesc_page,
	virt_to_ptdesc, ptdesc_address};
type TY;
@@
(
T = <+... tbl(...) ...+>;
|
T = <+... tbl(...) ...+>
)
... when != T = E
    when != T++
    when != T += E
(
T2 = <+... T ...+>;
|
T2 = <+... T ...+>
)
... when != T2 = E
(
clr@pc(...);
|
E2 = clr@pc(...);
|
clrz@pc(P, \(0\|ev(0)\));
)
... when != fl(...)
    when != fh(...)
    when != T2 = E
(
fr1@p(\(T2\|(TY)T2\|so(T2)\|(TY)so(T2)\), ...);
|
fr2@p(Z, \(T2\|(TY)T2\|so(T2)\|(TY)so(T2)\), ...);
)

@cfc2 depends on gate exists@
expression T, T2, T3, E, E2, P, Z;
// pgcheck-vocab: table
identifier tbl = {pmd_page_vaddr, pmd_pgtable, pmd_page, pmd_ptdesc,
	pte_offset_kernel, pud_pgtable, pud_page_vaddr, pud_page, pmd_offset,
	p4d_pgtable, pud_offset, pgd_page_vaddr, p4d_offset};
// pgcheck-vocab: clear zero=
identifier clr = {pgd_clear, p4d_clear, pud_clear, pmd_clear, native_pud_clear,
	native_pmd_clear, pud_clear_huge, pmd_clear_huge,
	pmdp_huge_get_and_clear, pudp_huge_get_and_clear};
// pgcheck-vocab: clear zero=2
identifier clrz = {set_pud, set_pmd, set_p4d, set_pgd};
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
identifier fh : script:python() { fh in pg_flushers };
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
// pgcheck-vocab: same-object
identifier so = {page_address, virt_to_page, page_ptdesc, ptdesc_page,
	virt_to_ptdesc, ptdesc_address};
type TY;
@@
(
T = <+... tbl(...) ...+>;
|
T = <+... tbl(...) ...+>
)
... when != T = E
    when != T++
    when != T += E
(
T2 = <+... T ...+>;
|
T2 = <+... T ...+>
)
... when != T2 = E
(
T3 = <+... T2 ...+>;
|
T3 = <+... T2 ...+>
)
... when != T3 = E
(
clr@pc(...);
|
E2 = clr@pc(...);
|
clrz@pc(P, \(0\|ev(0)\));
)
... when != fl(...)
    when != fh(...)
    when != T3 = E
(
fr1@p(\(T3\|(TY)T3\|so(T3)\|(TY)so(T3)\), ...);
|
fr2@p(Z, \(T3\|(TY)T3\|so(T3)\|(TY)so(T3)\), ...);
)

// Freed while the entry still points to it, with no clear and no flush
// anywhere before the free: nothing unhooked the table, not even a parent.
@live depends on gate exists@
identifier fn;
expression T, E, Z;
// pgcheck-vocab: table
identifier tbl = {pmd_page_vaddr, pmd_pgtable, pmd_page, pmd_ptdesc,
	pte_offset_kernel, pud_pgtable, pud_page_vaddr, pud_page, pmd_offset,
	p4d_pgtable, pud_offset, pgd_page_vaddr, p4d_offset};
// pgcheck-vocab: clear zero=
identifier clr = {pgd_clear, p4d_clear, pud_clear, pmd_clear, native_pud_clear,
	native_pmd_clear, pud_clear_huge, pmd_clear_huge,
	pmdp_huge_get_and_clear, pudp_huge_get_and_clear};
// pgcheck-vocab: clear zero=2
identifier clrz = {set_pud, set_pmd, set_p4d, set_pgd};
// pgcheck-vocab: flush+clear-flush
identifier fl = {pmdp_collapse_flush, pmdp_huge_clear_flush,
	pudp_huge_clear_flush, pmdp_invalidate, flush_tlb_kernel_range,
	flush_tlb_all, __flush_tlb_all, flush_tlb_range, flush_tlb_mm,
	flush_tlb_mm_range, flush_tlb_page, flush_tlb_one_kernel,
	__flush_tlb_one_kernel, local_flush_tlb_all,
	__flush_tlb_kernel_pgtable, flush_pmd_tlb_range, flush_pud_tlb_range,
	tlb_flush_mmu, tlb_finish_mmu};
identifier fh : script:python() { fh in pg_flushers };
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position p;
// pgcheck-vocab: same-object
identifier so = {page_address, virt_to_page, page_ptdesc, ptdesc_page,
	virt_to_ptdesc, ptdesc_address};
type TY;
@@
fn(...) {
... when != clr(...)
    when != clrz(...)
    when != fl(...)
    when != fh(...)
(
T = <+... tbl(...) ...+>;
|
T = <+... tbl(...) ...+>
)
... when != clr(...)
    when != clrz(...)
    when != fl(...)
    when != fh(...)
    when != T = E
    when != T++
    when != T += E
(
fr1@p(\(T\|(TY)T\|so(T)\|(TY)so(T)\), ...);
|
fr2@p(Z, \(T\|(TY)T\|so(T)\|(TY)so(T)\), ...);
)
... when any
}

// Functions of this file that free their parameter number n+1.
@freer depends on gate exists@
identifier fn, x;
parameter list[n] ps;
type T;
expression Z;
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
// pgcheck-vocab: same-object
identifier so = {page_address, virt_to_page, page_ptdesc, ptdesc_page,
	virt_to_ptdesc, ptdesc_address};
type TY;
@@
fn(ps, T x, ...) {
... when any
(
fr1(\(x\|(TY)x\|so(x)\|(TY)so(x)\), ...)
|
fr2(Z, \(x\|(TY)x\|so(x)\|(TY)so(x)\), ...)
)
... when any
}

// A table handed to such a function after a clear, before a flush.
@cfh depends on gate exists@
identifier freer.fn;
expression list[freer.n] es;
expression T, E, E2, P;
// pgcheck-vocab: table
identifier tbl = {pmd_page_vaddr, pmd_pgtable, pmd_page, pmd_ptdesc,
	pte_offset_kernel, pud_pgtable, pud_page_vaddr, pud_page, pmd_offset,
	p4d_pgtable, pud_offset, pgd_page_vaddr, p4d_offset};
// pgcheck-vocab: clear zero=
identifier clr = {pgd_clear, p4d_clear, pud_clear, pmd_clear, native_pud_clear,
	native_pmd_clear, pud_clear_huge, pmd_clear_huge,
	pmdp_huge_get_and_clear, pudp_huge_get_and_clear};
// pgcheck-vocab: clear zero=2
identifier clrz = {set_pud, set_pmd, set_p4d, set_pgd};
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
identifier fh : script:python() { fh in pg_flushers };
position pc, p;
// pgcheck-vocab: same-object
identifier so = {page_address, virt_to_page, page_ptdesc, ptdesc_page,
	virt_to_ptdesc, ptdesc_address};
type TY;
@@
(
T = <+... tbl(...) ...+>;
|
T = <+... tbl(...) ...+>
)
... when != T = E
    when != T++
    when != T += E
(
clr@pc(...);
|
E2 = clr@pc(...);
|
clrz@pc(P, \(0\|ev(0)\));
)
... when != fl(...)
    when != fh(...)
    when != T = E
    when != T++
    when != T += E
fn@p(es, \(T\|(TY)T\|so(T)\|(TY)so(T)\), ...);

// Freed while its own entry is still live: the entry is cleared only later.
@fc depends on gate exists@
expression T, E, E2, P, Z;
// pgcheck-vocab: table yields=slot
identifier slot = {pte_offset_kernel, pmd_offset, pud_offset, p4d_offset};
// pgcheck-vocab: table yields=table
identifier tbl = {pmd_page_vaddr, pmd_pgtable, pmd_page, pmd_ptdesc,
	pud_pgtable, pud_page_vaddr, pud_page, p4d_pgtable, pgd_page_vaddr};
// pgcheck-vocab: clear zero=
identifier clr = {pgd_clear, p4d_clear, pud_clear, pmd_clear, native_pud_clear,
	native_pmd_clear, pud_clear_huge, pmd_clear_huge,
	pmdp_huge_get_and_clear, pudp_huge_get_and_clear};
// pgcheck-vocab: clear zero=2
identifier clrz = {set_pud, set_pmd, set_p4d, set_pgd};
// pgcheck-vocab: entry-value
identifier ev = {__pgd, __p4d, __pud, __pmd};
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
// pgcheck-vocab: same-object
identifier so = {page_address, virt_to_page, page_ptdesc, ptdesc_page,
	virt_to_ptdesc, ptdesc_address};
type TY;
@@
(
T = <+... \(tbl(*P)\|slot(P, ...)\) ...+>;
|
T = <+... \(tbl(*P)\|slot(P, ...)\) ...+>
)
... when != T = E
    when != T++
    when != T += E
(
fr1@p(\(T\|(TY)T\|so(T)\|(TY)so(T)\), ...);
|
fr2@p(Z, \(T\|(TY)T\|so(T)\|(TY)so(T)\), ...);
)
... when != P = E
    when != P++
    when != P += E
(
clr@pc(P, ...);
|
E2 = clr@pc(P, ...);
|
clrz@pc(P, \(0\|ev(0)\));
)

@fc2 depends on gate exists@
expression E, E2, P, Z;
// pgcheck-vocab: table yields=table
identifier tbl = {pmd_page_vaddr, pmd_pgtable, pmd_page, pmd_ptdesc,
	pud_pgtable, pud_page_vaddr, pud_page, p4d_pgtable, pgd_page_vaddr};
// pgcheck-vocab: clear zero=
identifier clr = {pgd_clear, p4d_clear, pud_clear, pmd_clear, native_pud_clear,
	native_pmd_clear, pud_clear_huge, pmd_clear_huge,
	pmdp_huge_get_and_clear, pudp_huge_get_and_clear};
// pgcheck-vocab: clear zero=2
identifier clrz = {set_pud, set_pmd, set_p4d, set_pgd};
// pgcheck-vocab: entry-value
identifier ev = {__pgd, __p4d, __pud, __pmd};
// pgcheck-vocab: free arg=1
identifier fr1 = {free_page, free_pages, __free_page, __free_pages,
	pagetable_free, __pagetable_free, free_hotplug_pgtable_page,
	free_pagetable, free_reserved_page};
// pgcheck-vocab: free arg=2
identifier fr2 = {pte_free_kernel, pte_free, pmd_free, pud_free, p4d_free,
	pgd_free, kmem_cache_free};
position pc, p;
@@
(
fr1@p(<+... tbl(*P) ...+>, ...);
|
fr2@p(Z, <+... tbl(*P) ...+>, ...);
)
... when != P = E
    when != P++
    when != P += E
(
clr@pc(P, ...);
|
E2 = clr@pc(P, ...);
|
clrz@pc(P, \(0\|ev(0)\));
)

// Patch: flush the span of the cleared entry right after the clear, when
// the function has the address the entry maps in scope.
@script:python depends on patch@
pc << cf.pc;
@@
pg_bad_clears.add(pg_key(pc[0]))

@script:python depends on patch@
pc << cf2.pc;
@@
pg_bad_clears.add(pg_key(pc[0]))

@script:python depends on patch@
pc << cfh.pc;
fn << freer.fn;
@@
if fn not in pg_flushers:
	pg_bad_clears.add(pg_key(pc[0]))

@script:python depends on patch@
pc << cf3.pc;
@@
pg_bad_clears.add(pg_key(pc[0]))

@script:python depends on patch@
pc << cfc1.pc;
@@
pg_bad_clears.add(pg_key(pc[0]))

@script:python depends on patch@
pc << cfc2.pc;
@@
pg_bad_clears.add(pg_key(pc[0]))

@fix depends on gate && (patch && !context && !org && !report)@
position pc : script:python() { pg_key(pc[0]) in pg_bad_clears };
identifier fn, addr =~ "^(addr|address|vaddr|start)$";
// pgcheck-vocab: clear level=pmd
identifier cpmd = {pmd_clear, native_pmd_clear, set_pmd, pmd_clear_huge,
	pmdp_huge_get_and_clear};
// pgcheck-vocab: clear level=pud
identifier cpud = {pud_clear, native_pud_clear, set_pud, pud_clear_huge,
	pudp_huge_get_and_clear};
// pgcheck-vocab: clear level=p4d
identifier cp4d = {p4d_clear, set_p4d};
// pgcheck-vocab: clear level=pgd
identifier cpgd = {pgd_clear, set_pgd};
@@
fn(..., unsigned long addr, ...)
{
<...
(
cpmd@pc(...);
+ flush_tlb_kernel_range(addr, addr + PMD_SIZE);
|
cpud@pc(...);
+ flush_tlb_kernel_range(addr, addr + PUD_SIZE);
|
cp4d@pc(...);
+ flush_tlb_kernel_range(addr, addr + P4D_SIZE);
|
cpgd@pc(...);
+ flush_tlb_kernel_range(addr, addr + PGDIR_SIZE);
)
...>
}

@ctx_cf depends on gate && (context && !patch && !org && !report)@
position cf.p, cf.pc;
identifier f, g;
@@
(
* f@pc(...)
|
* g@p(...)
)

@ctx_cf2 depends on gate && (context && !patch && !org && !report)@
position cf2.p, cf2.pc;
identifier f, g;
@@
(
* f@pc(...)
|
* g@p(...)
)

@ctx_fc depends on gate && (context && !patch && !org && !report)@
position fc.p, fc.pc;
identifier f, g;
@@
(
* f@pc(...)
|
* g@p(...)
)

@ctx_fc2 depends on gate && (context && !patch && !org && !report)@
position fc2.p, fc2.pc;
identifier f, g;
@@
(
* f@pc(...)
|
* g@p(...)
)

@script:python depends on org@
p << cf.p;
pc << cf.pc;
@@
pg_org(p, pc, "page-table page freed after its entry was cleared, "
       "before a TLB flush")

@script:python depends on report@
p << cf.p;
pc << cf.pc;
@@
pg_report(p[0], "page-table page freed after its entry was cleared on line %s "
	"but before a TLB flush [pgcheck-pgtable-free-unflushed]"
	% pc[0].line)

@script:python depends on org@
p << cf2.p;
pc << cf2.pc;
@@
pg_org(p, pc, "page-table page freed after its entry was cleared, "
       "before a TLB flush")

@script:python depends on report@
p << cf2.p;
pc << cf2.pc;
@@
pg_report(p[0], "page-table page freed after its entry was cleared on line %s "
	"but before a TLB flush [pgcheck-pgtable-free-unflushed]"
	% pc[0].line)

@script:python depends on org@
p << fc.p;
pc << fc.pc;
@@
pg_org(p, pc, "page-table page freed before its entry is cleared")

@script:python depends on report@
p << fc.p;
pc << fc.pc;
@@
pg_report(p[0], "page-table page freed while its entry is still live (cleared only "
	"on line %s) [pgcheck-pgtable-free-unflushed]" % pc[0].line)

@script:python depends on org@
p << fc2.p;
pc << fc2.pc;
@@
pg_org(p, pc, "page-table page freed before its entry is cleared")

@script:python depends on report@
p << fc2.p;
pc << fc2.pc;
@@
pg_report(p[0], "page-table page freed while its entry is still live (cleared only "
	"on line %s) [pgcheck-pgtable-free-unflushed]" % pc[0].line)

@ctx_cf3 depends on gate && (context && !patch && !org && !report)@
position cf3.p, cf3.pc;
identifier f, g;
@@
(
* f@pc(...)
|
* g@p(...)
)

@script:python depends on org@
p << cf3.p;
pc << cf3.pc;
@@
pg_org(p, pc, "page-table page freed after its entry was cleared, "
       "before a TLB flush")

@script:python depends on report@
p << cf3.p;
pc << cf3.pc;
@@
pg_report(p[0], "page-table page freed after its entry was cleared on line %s "
	"but before a TLB flush [pgcheck-pgtable-free-unflushed]"
	% pc[0].line)

@ctx_cfc1 depends on gate && (context && !patch && !org && !report)@
position cfc1.p, cfc1.pc;
identifier f, g;
@@
(
* f@pc(...)
|
* g@p(...)
)

@script:python depends on org@
p << cfc1.p;
pc << cfc1.pc;
@@
pg_org(p, pc, "page-table page freed after its entry was cleared, "
       "before a TLB flush")

@script:python depends on report@
p << cfc1.p;
pc << cfc1.pc;
@@
pg_report(p[0], "page-table page freed after its entry was cleared on line %s "
	"but before a TLB flush [pgcheck-pgtable-free-unflushed]"
	% pc[0].line)

@ctx_cfc2 depends on gate && (context && !patch && !org && !report)@
position cfc2.p, cfc2.pc;
identifier f, g;
@@
(
* f@pc(...)
|
* g@p(...)
)

@script:python depends on org@
p << cfc2.p;
pc << cfc2.pc;
@@
pg_org(p, pc, "page-table page freed after its entry was cleared, "
       "before a TLB flush")

@script:python depends on report@
p << cfc2.p;
pc << cfc2.pc;
@@
pg_report(p[0], "page-table page freed after its entry was cleared on line %s "
	"but before a TLB flush [pgcheck-pgtable-free-unflushed]"
	% pc[0].line)

@ctx_live depends on gate && (context && !patch && !org && !report)@
position live.p;
identifier g;
@@
* g@p(...)

@script:python depends on org@
p << live.p;
@@
if pg_key(p[0]) not in pg_reported:
	pg_reported.add(pg_key(p[0]))
	cocci.print_main("page-table page freed while its entry is never cleared", p)

@script:python depends on report@
p << live.p;
@@
pg_report(p[0], "page-table page freed while the entry pointing to it is "
	"still live (never cleared, no flush) [pgcheck-pgtable-free-unflushed]")

@ctx_cfh depends on gate && (context && !patch && !org && !report)@
position cfh.p, cfh.pc;
identifier f, g;
@@
(
* f@pc(...)
|
* g@p(...)
)

@script:python depends on org@
p << cfh.p;
pc << cfh.pc;
fn << freer.fn;
@@
if fn not in pg_flushers:
	pg_org(p, pc, "page-table page handed to %s(), which frees it, after "
	       "its entry was cleared, before a TLB flush" % fn)

@script:python depends on report@
p << cfh.p;
pc << cfh.pc;
fn << freer.fn;
@@
if fn not in pg_flushers:
	pg_report(p[0], "page-table page freed by %s() after its entry was "
		  "cleared on line %s but before a TLB flush "
		  "[pgcheck-pgtable-free-unflushed]" % (fn, pc[0].line))
