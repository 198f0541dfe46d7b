//===- TUTranslator.cpp - a translation unit into the core's IR -----------===//

#include "TUTranslator.h"
#include "FunctionTranslator.h"
#include "VocabQuery.h"
#include "MacroConst.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Lex/Preprocessor.h"

#include <string>

using namespace clang;

namespace pgcheck {

static void translateDecls(ASTContext &Ctx, pgc_tu *TU, const pgc_vocab *V,
                           const DeclContext *DC) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Decl *D : DC->decls()) {
    if (const auto *LS = dyn_cast<LinkageSpecDecl>(D)) {
      translateDecls(Ctx, TU, V, LS);
      continue;
    }
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->getIdentifier())
      continue;
    if (unsigned Attrs = functionAttributes(FD))
      pgc_func_declare(TU, FD->getName().str().c_str(), Attrs);
    if (!FD->doesThisDeclarationHaveABody() || FD->isInvalidDecl())
      continue;
    // A header function nothing in this TU refers to cannot matter here;
    // skipping it keeps the cost of a kernel compile down (headers define
    // thousands of inline functions).
    if (!SM.isInMainFile(SM.getExpansionLoc(FD->getLocation())) &&
        !FD->isReferenced())
      continue;
    translateFunction(Ctx, TU, V, FD);
  }
}

namespace {
struct ConstCtx {
  Preprocessor *PP;
  pgc_tu *TU;
};
} // namespace

static void readConstant(const char *Name, void *Arg) {
  auto *C = static_cast<ConstCtx *>(Arg);
  int64_t Value;
  if (evaluateMacro(*C->PP, Name, Value))
    pgc_tu_set_const(C->TU, Name, Value);
}

pgc_tu *translateTU(ASTContext &Ctx, Preprocessor &PP, const pgc_vocab *V) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::string Main;
  if (auto FE = SM.getFileEntryRefForID(SM.getMainFileID()))
    Main = FE->getName().str();
  pgc_tu *TU = pgc_tu_new(Main.c_str());
  if (!TU)
    return nullptr;
  translateDecls(Ctx, TU, V, Ctx.getTranslationUnitDecl());
  ConstCtx C{&PP, TU};
  forEachConstMacro(V, readConstant, &C);
  return TU;
}

} // namespace pgcheck
