//===- MacroConst.h - the integer value of a macro --------------*- C++ -*-===//
//
// Per-TU constants (the gfp sleep bit, the span of an entry per level) are
// macros in the code under analysis whose values differ between kernel
// versions and configurations.  This evaluates a macro as the preprocessor
// leaves it at the end of the translation unit: object-like and
// function-like macros are expanded (with ## pasting), casts to type names
// are dropped, and the integer expression is folded.
//
//===----------------------------------------------------------------------===//
#ifndef PGCHECK_CLANG_MACROCONST_H
#define PGCHECK_CLANG_MACROCONST_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace clang {
class Preprocessor;
}

namespace pgcheck {

/// True and Value set if Name is a macro that folds to an integer.
bool evaluateMacro(clang::Preprocessor &PP, llvm::StringRef Name,
                   int64_t &Value);

} // namespace pgcheck

#endif
