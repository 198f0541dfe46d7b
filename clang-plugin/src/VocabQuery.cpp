//===- VocabQuery.cpp - questions the front end asks the table ------------===//
//
// The core's public API has no way yet to list a category's names or to
// ask whether a name is in the table; until it does, read the parsed table
// (core/src/vocab.h) rather than repeat any name here.
//
//===----------------------------------------------------------------------===//

#include "VocabQuery.h"

extern "C" {
#include "vocab.h"
}

void pgcheck::forEachConstMacro(const pgc_vocab *V,
                                void (*Fn)(const char *, void *), void *Ctx) {
  for (unsigned I = 0; I < V->nsleep_bits; ++I)
    Fn(V->sleep_bit[I], Ctx);
  for (int L = 0; L < PGC_NLEVELS; ++L)
    for (const char *Name : V->spans[L])
      if (Name)
        Fn(Name, Ctx);
}

bool pgcheck::isVocabName(const pgc_vocab *V, const char *Name) {
  return pgc_vocab_func(V, Name) != nullptr;
}

bool pgcheck::isVocabValueName(const pgc_vocab *V, const char *Name) {
  const pgc_ventry *E = pgc_vocab_func(V, Name);
  return E && (E->cat == PGC_CAT_TABLE || E->cat == PGC_CAT_SAME_OBJECT ||
               E->cat == PGC_CAT_ENTRY_VALUE);
}
