//===- VocabQuery.cpp - questions the front end asks the table ------------===//

#include "VocabQuery.h"

#include <cstring>

void pgcheck::forEachConstMacro(const pgc_vocab *V,
                                void (*Fn)(const char *, void *), void *Ctx) {
  pgc_vocab_for_each_const(V, Fn, Ctx);
}

bool pgcheck::isVocabName(const pgc_vocab *V, const char *Name) {
  return pgc_vocab_category(V, Name) != nullptr;
}

bool pgcheck::isVocabValueName(const pgc_vocab *V, const char *Name) {
  const char *Cat = pgc_vocab_category(V, Name);
  // leaf-test: arm64's pmd_sect() is a macro expanding to a comparison.
  return Cat && (!std::strcmp(Cat, "table") ||
                 !std::strcmp(Cat, "same-object") ||
                 !std::strcmp(Cat, "entry-value") ||
                 !std::strcmp(Cat, "leaf-test"));
}
