//===- TUTranslator.h - a translation unit into the core's IR ---*- C++ -*-===//
#ifndef PGCHECK_CLANG_TUTRANSLATOR_H
#define PGCHECK_CLANG_TUTRANSLATOR_H

#include "pgcheck/core.h"

namespace clang {
class ASTContext;
class Preprocessor;
} // namespace clang

namespace pgcheck {

/// Every function of the TU that can matter to it: the annotated
/// declarations, the bodies in the main file and the header bodies they
/// call, directly or through each other; plus the per-TU constants read from the macros
/// that the vocabulary names.  nullptr only if out of memory.
pgc_tu *translateTU(clang::ASTContext &Ctx, clang::Preprocessor &PP,
                    const pgc_vocab *V);

} // namespace pgcheck

#endif
