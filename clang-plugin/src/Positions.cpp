//===- Positions.cpp - source positions and macro spellings ---------------===//

#include "Positions.h"
#include "VocabQuery.h"

#include "clang/AST/Expr.h"
#include "clang/Basic/FileManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
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

// The arguments of the macro invocation whose name token is spelled at
// NameLoc, by lexing the invocation as written; Close is its last token.
static bool invocationArgs(const SourceManager &SM, const LangOptions &LO,
                           SourceLocation NameLoc, pgcheck::MacroCall &MC,
                           SourceLocation &Close) {
  std::pair<FileID, unsigned> Info = SM.getDecomposedLoc(NameLoc);
  bool Invalid = false;
  StringRef Buf = SM.getBufferData(Info.first, &Invalid);
  if (Invalid)
    return false;
  Lexer L(SM.getLocForStartOfFile(Info.first), LO, Buf.begin(),
          Buf.begin() + Info.second, Buf.end());
  Token T;
  L.LexFromRawLexer(T); // the macro name
  Close = T.getLocation();
  L.LexFromRawLexer(T);
  if (T.isNot(tok::l_paren))
    return true; // object-like: no arguments
  unsigned Depth = 0;
  SourceLocation First, Last;
  for (;;) {
    if (L.LexFromRawLexer(T) || T.is(tok::eof))
      return false;
    if (Depth == 0 && (T.is(tok::comma) || T.is(tok::r_paren))) {
      if (First.isValid())
        MC.Args.push_back({First, Last});
      else if (T.is(tok::comma) || !MC.Args.empty())
        MC.Args.push_back({SourceLocation(), SourceLocation()});
      if (T.is(tok::r_paren)) {
        Close = T.getLocation();
        return true;
      }
      First = Last = SourceLocation();
      continue;
    }
    if (T.isOneOf(tok::l_paren, tok::l_square, tok::l_brace))
      ++Depth;
    else if (T.isOneOf(tok::r_paren, tok::r_square, tok::r_brace))
      --Depth;
    if (First.isInvalid())
      First = T.getLocation();
    Last = T.getLocation();
  }
}

bool pgcheck::valueMacroCall(const SourceManager &SM, const LangOptions &LO,
                             const Expr *E, const pgc_vocab *V,
                             MacroCall &MC) {
  // The table's value macros that E's first token starts the expansion
  // of, innermost first ...
  llvm::SmallVector<std::pair<StringRef, SourceLocation>, 4> Cands;
  for (SourceLocation B = E->getBeginLoc(); B.isMacroID();) {
    // A token passed through a macro argument: follow it to where it
    // was produced.
    if (SM.isMacroArgExpansion(B)) {
      B = SM.getImmediateSpellingLoc(B);
      continue;
    }
    SourceLocation MB;
    if (!SM.isAtStartOfImmediateMacroExpansion(B, &MB))
      break;
    StringRef N = Lexer::getImmediateMacroName(B, SM, LO);
    if (!N.empty() && isVocabValueName(V, N.str().c_str()))
      Cands.push_back({N, SM.getSpellingLoc(MB)});
    B = MB;
  }
  if (Cands.empty())
    return false;
  // ... and the invocations E's last token ends.
  llvm::SmallVector<SourceLocation, 8> Ends;
  for (SourceLocation End = E->getEndLoc(); End.isMacroID();) {
    if (SM.isMacroArgExpansion(End)) {
      End = SM.getImmediateSpellingLoc(End);
      continue;
    }
    SourceLocation ME;
    // As Lexer::isAtEndOfMacroExpansion, one expansion level at a time.
    unsigned Len = Lexer::MeasureTokenLength(SM.getSpellingLoc(End), SM, LO);
    if (!Len || !SM.isAtEndOfImmediateMacroExpansion(
                    End.getLocWithOffset(Len), &ME))
      break;
    Ends.push_back(SM.getSpellingLoc(ME));
    End = ME;
  }
  // The outermost candidate that E is the whole expansion of.
  for (auto I = Cands.rbegin(); I != Cands.rend(); ++I) {
    MacroCall Try;
    Try.Name = I->first;
    SourceLocation Close;
    if (!invocationArgs(SM, LO, I->second, Try, Close))
      continue;
    if (llvm::is_contained(Ends, Close)) {
      MC = Try;
      return true;
    }
  }
  return false;
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
