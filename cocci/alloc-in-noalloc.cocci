// SPDX-License-Identifier: GPL-2.0
/// A function that must not allocate (annotated __pgcheck_noalloc, or listed
/// `noalloc` in the vocabulary or the user's config, e.g.
/// pmd_free_pte_page()) allocates, with any GFP mask, or calls a function
/// that may: one listed `may-alloc` or annotated __pgcheck_may_alloc (x86
/// pud_free_pmd_page(): "Callers must allow a single page allocation"), or
/// a function of the same file that allocates, three calls deep.  Code paths
/// that free memory should not need memory to do it.
///
// Confidence: High
// Copyright: (C) 2026 pgcheck authors.
// URL: https://github.com/pgcheck/pgcheck
// Comments: callees defined in other files are not followed.
// Options: --no-includes --include-headers
// Requires: 1.0.8

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
# Per-file state: the file's functions that allocate, and what was reported.
pg_file = [None]
pg_allocators = set()
pg_declared = set()
pg_reported = set()

def pg_new_file(name):
	if pg_file[0] != name:
		pg_file[0] = name
		pg_allocators.clear()
		pg_declared.clear()

def pg_key(pos):
	return (pos.file, pos.line, pos.column)

def pg_once(pos):
	if pg_key(pos) in pg_reported:
		return False
	pg_reported.add(pg_key(pos))
	return True

// Token gates.  spatch reads the names written in a rule, not those of an
// identifier list, to skip the files that cannot match: without these
// rules spatch parses every file.  Matching such a disjunction of names
// costs far more than an identifier list, so each one runs only where
// cheaper rules (lists, definitions) found what it looks for.
// A finding needs a function that must not allocate (rare, and cheap to
// find: the only literal names) and an allocation.
@has_noalloc_def@
attribute name __pgcheck_noalloc;
identifier fn;
type T;
@@
T __pgcheck_noalloc fn(...) { ... }

@has_noalloc_decl@
attribute name __pgcheck_noalloc;
identifier fn;
type T;
@@
T __pgcheck_noalloc fn(...);

@has_listed@
type T;
@@
// pgcheck-gate: noalloc
T \(pmd_free_pte_page\)(...) { ... }

@has_maycontract depends on has_noalloc_def || has_noalloc_decl || has_listed@
attribute name __pgcheck_may_alloc;
identifier fn;
type T;
@@
T __pgcheck_may_alloc fn(...) { ... }

@any_alloc depends on has_noalloc_def || has_noalloc_decl || has_listed@
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

// Every other rule depends on this one (true in a file that passes the
// gates and defines a function).
@gate depends on (any_alloc || has_maycontract) && (has_noalloc_def || has_noalloc_decl || has_listed)@
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

@maycontract depends on gate@
attribute name __pgcheck_may_alloc;
identifier fn;
type T;
@@
T __pgcheck_may_alloc fn(...) { ... }

@script:python@
fn << maycontract.fn;
@@
pg_allocators.add(fn)

@allocator0 depends on gate exists@
identifier fn;
position p;
// pgcheck-vocab: alloc+might-alloc+alloc-sleeps
identifier al = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, kcalloc, kmalloc_array, krealloc,
	kmemdup, devm_kzalloc, __get_free_page, __get_free_pages,
	get_zeroed_page, alloc_page, alloc_pages, __alloc_pages,
	pagetable_alloc, alloc_pages_node, vmalloc, vzalloc, vmalloc_node,
	pte_alloc_one_kernel, pmd_alloc_one, pud_alloc_one, pte_alloc_kernel,
	pmd_alloc, pud_alloc, p4d_alloc, might_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_allocators };
@@
fn(...) {
... when any
(
al@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

@script:python@
fn << allocator0.fn;
@@
pg_allocators.add(fn)

@allocator1 depends on gate exists@
identifier fn;
position p;
// pgcheck-vocab: alloc+might-alloc+alloc-sleeps
identifier al = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, kcalloc, kmalloc_array, krealloc,
	kmemdup, devm_kzalloc, __get_free_page, __get_free_pages,
	get_zeroed_page, alloc_page, alloc_pages, __alloc_pages,
	pagetable_alloc, alloc_pages_node, vmalloc, vzalloc, vmalloc_node,
	pte_alloc_one_kernel, pmd_alloc_one, pud_alloc_one, pte_alloc_kernel,
	pmd_alloc, pud_alloc, p4d_alloc, might_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_allocators };
@@
fn(...) {
... when any
(
al@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

@script:python@
fn << allocator1.fn;
@@
pg_allocators.add(fn)

@allocator2 depends on gate exists@
identifier fn;
position p;
// pgcheck-vocab: alloc+might-alloc+alloc-sleeps
identifier al = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, kcalloc, kmalloc_array, krealloc,
	kmemdup, devm_kzalloc, __get_free_page, __get_free_pages,
	get_zeroed_page, alloc_page, alloc_pages, __alloc_pages,
	pagetable_alloc, alloc_pages_node, vmalloc, vzalloc, vmalloc_node,
	pte_alloc_one_kernel, pmd_alloc_one, pud_alloc_one, pte_alloc_kernel,
	pmd_alloc, pud_alloc, p4d_alloc, might_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_allocators };
@@
fn(...) {
... when any
(
al@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

@script:python@
fn << allocator2.fn;
@@
pg_allocators.add(fn)

// Allocations inside an annotated function.
@annotated depends on gate exists@
attribute name __pgcheck_noalloc;
identifier fn;
type T;
position p;
// pgcheck-vocab: alloc+might-alloc+alloc-sleeps
identifier al = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, kcalloc, kmalloc_array, krealloc,
	kmemdup, devm_kzalloc, __get_free_page, __get_free_pages,
	get_zeroed_page, alloc_page, alloc_pages, __alloc_pages,
	pagetable_alloc, alloc_pages_node, vmalloc, vzalloc, vmalloc_node,
	pte_alloc_one_kernel, pmd_alloc_one, pud_alloc_one, pte_alloc_kernel,
	pmd_alloc, pud_alloc, p4d_alloc, might_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_allocators };
@@
T __pgcheck_noalloc fn(...) {
... when any
(
al@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

// Allocations inside a function annotated on a separate declaration.
@declnoalloc depends on gate@
attribute name __pgcheck_noalloc;
identifier fn;
type T;
@@
T __pgcheck_noalloc fn(...);

@script:python@
fn << declnoalloc.fn;
@@
pg_declared.add(fn)

@declared depends on gate exists@
identifier fd : script:python() { fd in pg_declared };
position p;
// pgcheck-vocab: alloc+might-alloc+alloc-sleeps
identifier al = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, kcalloc, kmalloc_array, krealloc,
	kmemdup, devm_kzalloc, __get_free_page, __get_free_pages,
	get_zeroed_page, alloc_page, alloc_pages, __alloc_pages,
	pagetable_alloc, alloc_pages_node, vmalloc, vzalloc, vmalloc_node,
	pte_alloc_one_kernel, pmd_alloc_one, pud_alloc_one, pte_alloc_kernel,
	pmd_alloc, pud_alloc, p4d_alloc, might_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_allocators };
@@
fd(...) {
... when any
(
al@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

// Allocations inside a function listed as no-alloc.
@listed depends on gate exists@
// pgcheck-vocab: noalloc
identifier fn = {pmd_free_pte_page};
position p;
// pgcheck-vocab: alloc+might-alloc+alloc-sleeps
identifier al = {kmalloc, kzalloc, kmalloc_node, kstrdup, kmem_cache_alloc,
	kmem_cache_zalloc, mempool_alloc, kcalloc, kmalloc_array, krealloc,
	kmemdup, devm_kzalloc, __get_free_page, __get_free_pages,
	get_zeroed_page, alloc_page, alloc_pages, __alloc_pages,
	pagetable_alloc, alloc_pages_node, vmalloc, vzalloc, vmalloc_node,
	pte_alloc_one_kernel, pmd_alloc_one, pud_alloc_one, pte_alloc_kernel,
	pmd_alloc, pud_alloc, p4d_alloc, might_alloc};
// pgcheck-vocab: may-alloc
identifier mal = {pud_free_pmd_page};
identifier h : script:python() { h in pg_allocators };
@@
fn(...) {
... when any
(
al@p(...)
|
mal@p(...)
|
h@p(...)
)
... when any
}

@ctx_annotated depends on gate && (context && !patch && !org && !report)@
position annotated.p;
identifier f;
@@
* f@p(...)

@script:python depends on org@
p << annotated.p;
@@
fn = p[0].current_element
if pg_once(p[0]):
	cocci.print_main("allocation in no-alloc function %s" % fn, p)

@script:python depends on report@
p << annotated.p;
@@
fn = p[0].current_element
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation, or call that may allocate, in %s(), which must "
		"not allocate [pgcheck-alloc-in-noalloc]" % fn)

@ctx_listed depends on gate && (context && !patch && !org && !report)@
position listed.p;
identifier f;
@@
* f@p(...)

@script:python depends on org@
p << listed.p;
@@
fn = p[0].current_element
if pg_once(p[0]):
	cocci.print_main("allocation in no-alloc function %s" % fn, p)

@script:python depends on report@
p << listed.p;
@@
fn = p[0].current_element
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation, or call that may allocate, in %s(), which must "
		"not allocate [pgcheck-alloc-in-noalloc]" % fn)

@ctx_declared depends on gate && (context && !patch && !org && !report)@
position declared.p;
identifier f;
@@
* f@p(...)

@script:python depends on org@
p << declared.p;
@@
fn = p[0].current_element
if pg_once(p[0]):
	cocci.print_main("allocation in no-alloc function %s" % fn, p)

@script:python depends on report@
p << declared.p;
@@
fn = p[0].current_element
if pg_once(p[0]):
	coccilib.report.print_report(p[0],
		"allocation, or call that may allocate, in %s(), which must "
		"not allocate [pgcheck-alloc-in-noalloc]" % fn)
