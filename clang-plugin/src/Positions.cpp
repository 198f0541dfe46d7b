//===- Positions.cpp - source positions and macro spellings ---------------===//

#include "Positions.h"

#include "clang/AST/Expr.h"
#include "clang/Basic/FileManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

pgc_pos pgcheck::positionOf(pgc_tu *TU, const SourceManager &SM,
                            SourceLocation Loc) {
  if (Loc.isInvalid())
    return pgc_pos_make(TU, nullptr, 0, 0);
  PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(Loc));
  if (P.isInvalid())
    return pgc_pos_make(TU, nullptr, 0, 0);
  return pgc_pos_make(TU, P.getFilename(), P.getLine(), P.getColumn());
}

StringRef pgcheck::spelledMacro(const SourceManager &SM, const LangOptions &LO,
                                const Expr *E) {
  SourceLocation B = E->getBeginLoc(), End = E->getEndLoc();
  StringRef Name;
  // Climb while the expression starts and ends exactly where one macro
  // expansion does: that macro was written in place of the call.
  while (B.isMacroID() && End.isMacroID()) {
    SourceLocation MB, ME;
    if (!Lexer::isAtStartOfMacroExpansion(B, SM, LO, &MB) ||
        !Lexer::isAtEndOfMacroExpansion(End, SM, LO, &ME))
      break;
    StringRef N = Lexer::getImmediateMacroName(B, SM, LO);
    // Start and end must belong to the same invocation.
    if (N.empty() || N != Lexer::getImmediateMacroName(End, SM, LO))
      break;
    Name = N;
    B = MB;
    End = ME;
  }
  return Name;
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
