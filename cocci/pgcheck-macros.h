/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Parsing hints for Coccinelle 1.1.1 (spatch --macro-file).  Its built-in
 * hints (standard.h) predate <linux/cleanup.h>: without this line a
 * function using scoped_guard(NAME, args) { ... } does not parse and would
 * be skipped.  pgcheck-cocci passes this file; with make coccicheck add
 * SPFLAGS="--macro-file <pgcheck>/cocci/pgcheck-macros.h" for trees that
 * have scoped guards (6.5 and later).
 */
#define scoped_guard(_name, args...) YACFE_ITERATOR
