//===- ConstNames.cpp - names of the per-TU constant macros ---------------===//
//
// The core's public API has no way yet to list a category's names; until it
// does, read them from the parsed table (core/src/vocab.h) rather than
// repeat them here.
//
//===----------------------------------------------------------------------===//

#include "ConstNames.h"

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
