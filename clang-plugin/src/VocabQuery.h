//===- ConstNames.h - names of the per-TU constant macros -------*- C++ -*-===//
//
// The macros whose values the core needs from the code under analysis (the
// gfp sleep bit, the spans of the levels) are named by the vocabulary, not
// by the front end.
//
//===----------------------------------------------------------------------===//
#ifndef PGCHECK_CLANG_CONSTNAMES_H
#define PGCHECK_CLANG_CONSTNAMES_H

#include "pgcheck/core.h"

namespace pgcheck {

/// Call Fn(Name, Ctx) for every gfp-sleep-bit and span name of V.
void forEachConstMacro(const pgc_vocab *V, void (*Fn)(const char *, void *),
                       void *Ctx);

} // namespace pgcheck

#endif
