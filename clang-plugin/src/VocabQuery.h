//===- VocabQuery.h - questions the front end asks the table ----*- C++ -*-===//
//
// The front end never lists API names itself; what it needs to know about
// names it asks the vocabulary: which macros hold the per-TU constants (the
// gfp sleep bit, the spans of the levels), and whether a name is in the
// table at all (a macro's name is passed on as the call's spelling only when
// both the macro and the called function are table names).
//
//===----------------------------------------------------------------------===//
#ifndef PGCHECK_CLANG_VOCABQUERY_H
#define PGCHECK_CLANG_VOCABQUERY_H

#include "pgcheck/core.h"

namespace pgcheck {

/// Call Fn(Name, Ctx) for every gfp-sleep-bit and span name of V.
void forEachConstMacro(const pgc_vocab *V, void (*Fn)(const char *, void *),
                       void *Ctx);

/// True if Name is a function or macro name of the table.
bool isVocabName(const pgc_vocab *V, const char *Name);

/// True if Name only computes a value from its arguments (the table below
/// an entry, the same page seen another way, an entry from an integer):
/// such a macro may stand for a call even when it expands to arithmetic.
bool isVocabValueName(const pgc_vocab *V, const char *Name);

} // namespace pgcheck

#endif
