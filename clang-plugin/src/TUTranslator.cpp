//===- TUTranslator.cpp - a translation unit into the core's IR -----------===//

#include "TUTranslator.h"
#include "FunctionTranslator.h"
#include "VocabQuery.h"
#include "MacroConst.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Lex/Preprocessor.h"

#include "llvm/ADT/SmallPtrSet.h"

#include <string>
#include <vector>

using namespace clang;

namespace pgcheck {

// The functions of the TU, and their annotations.
static void collectDecls(pgc_tu *TU, const DeclContext *DC,
                         std::vector<const FunctionDecl *> &Defs) {
  for (const Decl *D : DC->decls()) {
    if (const auto *LS = dyn_cast<LinkageSpecDecl>(D)) {
      collectDecls(TU, LS, Defs);
      continue;
    }
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->getIdentifier())
      continue;
    if (unsigned Attrs = functionAttributes(FD))
      pgc_func_declare(TU, FD->getName().str().c_str(), Attrs);
    if (FD->doesThisDeclarationHaveABody() && !FD->isInvalidDecl())
      Defs.push_back(FD);
  }
}

// Add the bodies S calls (and the cleanup functions of its variables).
static void addCallees(const Stmt *S,
                       llvm::SmallPtrSetImpl<const FunctionDecl *> &Seen,
                       std::vector<const FunctionDecl *> &Work) {
  if (!S)
    return;
  auto Add = [&](const FunctionDecl *Callee) {
    if (!Callee)
      return;
    const FunctionDecl *Def = Callee->getDefinition();
    if (Def && Seen.insert(Def).second)
      Work.push_back(Def);
  };
  if (const auto *CE = dyn_cast<CallExpr>(S))
    Add(CE->getDirectCallee());
  else if (const auto *DS = dyn_cast<DeclStmt>(S))
    for (const Decl *D : DS->decls())
      if (const auto *CA = D->getAttr<CleanupAttr>())
        Add(CA->getFunctionDecl());
  for (const Stmt *C : S->children())
    addCallees(C, Seen, Work);
}

// The bodies of the main file, and the header bodies they reach through
// direct calls: a header function nothing here calls cannot matter to this
// TU, and headers define thousands of inline functions, so this keeps the
// cost of a kernel compile down.
static void translateReachable(ASTContext &Ctx, pgc_tu *TU,
                               const pgc_vocab *V,
                               const std::vector<const FunctionDecl *> &Defs) {
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::SmallPtrSet<const FunctionDecl *, 32> Seen;
  std::vector<const FunctionDecl *> Work;
  for (const FunctionDecl *FD : Defs)
    if (SM.isInMainFile(SM.getExpansionLoc(FD->getLocation())) &&
        Seen.insert(FD).second)
      Work.push_back(FD);
  for (size_t I = 0; I < Work.size(); ++I)
    addCallees(Work[I]->getBody(), Seen, Work);
  // Translate in declaration order, so that the IR reads like the source.
  for (const FunctionDecl *FD : Defs)
    if (Seen.count(FD))
      translateFunction(Ctx, TU, V, FD);
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
  std::vector<const FunctionDecl *> Defs;
  collectDecls(TU, Ctx.getTranslationUnitDecl(), Defs);
  translateReachable(Ctx, TU, V, Defs);
  ConstCtx C{&PP, TU};
  forEachConstMacro(V, readConstant, &C);
  return TU;
}

} // namespace pgcheck
