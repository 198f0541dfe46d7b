//===- FunctionTranslator.h - one function into the core's IR ---*- C++ -*-===//
//
// Builds clang's CFG for a function body and translates it into a
// pgc_func: one IR block per CFG block (entry first), call / assignment /
// return events in evaluation order, two-way branches with their condition
// value, and cleanup-attribute variables as calls at every scope exit.
//
//===----------------------------------------------------------------------===//
#ifndef PGCHECK_CLANG_FUNCTIONTRANSLATOR_H
#define PGCHECK_CLANG_FUNCTIONTRANSLATOR_H

#include "pgcheck/core.h"

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace pgcheck {

/// PGC_FN_* attributes from the annotate("pgcheck_...") attributes on any
/// declaration of FD.
unsigned functionAttributes(const clang::FunctionDecl *FD);

/// Translate the body of FD into TU.  Returns false if there is nothing to
/// translate (no CFG could be built, or the function already has a body).
bool translateFunction(clang::ASTContext &Ctx, pgc_tu *TU,
                       const pgc_vocab *V, const clang::FunctionDecl *FD);

} // namespace pgcheck

#endif
