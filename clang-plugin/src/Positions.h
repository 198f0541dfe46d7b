//===- Positions.h - source positions and macro spellings -------*- C++ -*-===//
//
// Events carry the position of the line the user wrote: for code expanded
// from a macro, the place where the outermost macro was invoked.  A call
// to a table function written through a table macro carries that macro's
// name (free_page(x) is a call to free_pages written as free_page).
//
//===----------------------------------------------------------------------===//
#ifndef PGCHECK_CLANG_POSITIONS_H
#define PGCHECK_CLANG_POSITIONS_H

#include "pgcheck/core.h"

#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"

#include <utility>
#include <vector>

namespace clang {
class CallExpr;
class Expr;
} // namespace clang

namespace pgcheck {

/// The caller's file:line:col for Loc (out of every macro expansion).
pgc_pos positionOf(pgc_tu *TU, const clang::SourceManager &SM,
                   clang::SourceLocation Loc);

/// The API macro a call to a table function was written with (free_page
/// for a call to free_pages), or "".
llvm::StringRef spelledMacro(const clang::SourceManager &SM,
                             const clang::LangOptions &LO,
                             const clang::CallExpr *CE, const pgc_vocab *V);

/// A table macro whose whole expansion is E and which only computes a
/// value (pmd_page(e) expands to vmemmap + pmd_pfn(e)): its name, and the
/// spelling range (first token, last token) of each of its arguments.
struct MacroCall {
  llvm::StringRef Name;
  std::vector<std::pair<clang::SourceLocation, clang::SourceLocation>> Args;
};
bool valueMacroCall(const clang::SourceManager &SM,
                    const clang::LangOptions &LO, const clang::Expr *E,
                    const pgc_vocab *V, MacroCall &MC);

/// Map a core position back to a location in SM (invalid if unknown).
clang::SourceLocation locationOf(clang::SourceManager &SM, const pgc_pos &P);

} // namespace pgcheck

#endif
