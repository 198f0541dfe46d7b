//===- Positions.cpp - source positions and macro spellings ---------------===//

#include "Positions.h"
#include "VocabQuery.h"

#include "clang/AST/Expr.h"
#include "clang/Basic/FileManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

using namespace clang;

pgc_pos pgcheck::positionOf(pgc_tu *TU, const SourceManager &SM,
                            SourceLocation Loc) {
  if (Loc.isInvalid())
    return pgc_pos_make(TU, nullptr, 0, 0);
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
  if (P.isInvalid())
    return pgc_pos_make(TU, nullptr, 0, 0);
  // Absolute paths: the core reads the files for suppression comments from
  // its own working directory, and pgcheck-clang dedupes findings of
  // translation units compiled in different directories.
  llvm::SmallString<256> Path(P.getFilename());
  if (!llvm::sys::path::is_absolute(Path)) {
    SM.getFileManager().makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
  }
  return pgc_pos_make(TU, Path.c_str(), P.getLine(), P.getColumn());
}

StringRef pgcheck::spelledMacro(const SourceManager &SM, const LangOptions &LO,
                                const CallExpr *CE, const pgc_vocab *V) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  if (!Callee || !Callee->getIdentifier() ||
      !isVocabName(V, Callee->getName().str().c_str()))
    return StringRef();
  // Follow the callee's name token out through the macro bodies that wrote
  // it (not through arguments, which the macro's user wrote): the outermost
  // table name on the way is the API the user called.  spin_lock_irqsave()
  // expands to raw_spin_lock_irqsave(), which calls _raw_spin_lock_irqsave.
  StringRef Found;
  SourceLocation L = CE->getCallee()->getExprLoc();
  while (L.isMacroID() && !SM.isMacroArgExpansion(L)) {
    StringRef N = Lexer::getImmediateMacroName(L, SM, LO);
    if (!N.empty() && isVocabName(V, N.str().c_str()))
      Found = N;
    L = SM.getImmediateMacroCallerLoc(L);
  }
  if (Found == Callee->getName())
    return StringRef();
  return Found;
}

SourceLocation pgcheck::locationOf(SourceManager &SM, const pgc_pos &P) {
  if (!P.file || !P.line)
    return SourceLocation();
  auto FE = SM.getFileManager().getOptionalFileRef(P.file);
  if (!FE)
    return SourceLocation();
  return SM.translateFileLineCol(&FE->getFileEntry(), P.line,
                                 P.col ? P.col : 1);
}
