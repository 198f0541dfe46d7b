//===- FunctionTranslator.cpp - one function into the core's IR -----------===//

#include "FunctionTranslator.h"
#include "Positions.h"
#include "VocabQuery.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/Builtins.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

#include <string>

using namespace clang;

namespace pgcheck {

unsigned functionAttributes(const FunctionDecl *FD) {
  unsigned Attrs = 0;
  for (const FunctionDecl *D : FD->redecls())
    for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
      if (A->getAnnotation() == "pgcheck_noalloc")
        Attrs |= PGC_FN_NOALLOC;
      else if (A->getAnnotation() == "pgcheck_may_alloc")
        Attrs |= PGC_FN_MAY_ALLOC;
    }
  return Attrs;
}

namespace {

class FunctionTranslator {
public:
  FunctionTranslator(ASTContext &Ctx, pgc_tu *TU, const pgc_vocab *V)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), TU(TU), V(V) {}

  bool run(const FunctionDecl *FD);

private:
  ASTContext &Ctx;
  const SourceManager &SM;
  pgc_tu *TU;
  const pgc_vocab *V;
  pgc_func *F = nullptr;
  pgc_block *Cur = nullptr; // the block being filled
  llvm::DenseMap<const Expr *, unsigned> CallIds;
  llvm::DenseMap<const VarDecl *, const char *> VarNames;
  llvm::StringMap<unsigned> NameUses;
  llvm::DenseMap<const CFGBlock *, unsigned> BlockIds;
  // Locals initialised with a constant and never written again.
  llvm::DenseMap<const VarDecl *, int64_t> ConstLocals;

  void findConstLocals(const Stmt *Body);

  const char *nameOf(const VarDecl *VD);
  bool constantOf(const Expr *E, int64_t &N);
  const pgc_value *valueOf(const Expr *E);
  const pgc_value *macroCall(const Expr *E);
  const Expr *findArg(const Expr *E, SourceLocation First,
                      SourceLocation Last);
  const pgc_value *offsetValue(const Expr *Base, int64_t K, bool Known,
                              const Expr *Index = nullptr);
  pgc_pos pos(SourceLocation L) { return positionOf(TU, SM, L); }

  void element(pgc_block *B, const CFGElement &E);
  void stmt(pgc_block *B, const Stmt *S);
  void call(pgc_block *B, const CallExpr *CE);
  void scopeEnd(pgc_block *B, const CFGScopeEnd &SE);
  void successors(pgc_block *B, const CFGBlock &CB);
};

// __builtin_expect(e, c) (likely/unlikely) is e for every purpose here.
static const Expr *stripExpect(const Expr *E) {
  for (;;) {
    E = E->IgnoreParenCasts();
    const auto *CE = dyn_cast<CallExpr>(E);
    if (!CE || CE->getNumArgs() < 1)
      return E;
    unsigned Id = CE->getBuiltinCallee();
    if (Id != Builtin::BI__builtin_expect &&
        Id != Builtin::BI__builtin_expect_with_probability)
      return E;
    E = CE->getArg(0);
  }
}

const char *FunctionTranslator::nameOf(const VarDecl *VD) {
  if (VD->hasGlobalStorage() && !VD->isStaticLocal())
    return pgc_intern(TU, VD->getName().str().c_str());
  auto It = VarNames.find(VD);
  if (It != VarNames.end())
    return It->second;
  // Locals are unique within the function: shadowed names get "$N".
  std::string Name = VD->getName().str();
  if (Name.empty())
    Name = "_anon";
  unsigned &Uses = NameUses[Name];
  if (Uses++)
    Name += "$" + std::to_string(Uses);
  const char *Interned = pgc_intern(TU, Name.c_str());
  VarNames[VD] = Interned;
  return Interned;
}

bool FunctionTranslator::constantOf(const Expr *E, int64_t &N) {
  if (E->isValueDependent() || E->isTypeDependent())
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts()))
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl())) {
      auto It = ConstLocals.find(VD);
      if (It == ConstLocals.end())
        return false;
      N = It->second;
      return true;
    }
  QualType T = E->getType();
  if (!T->isIntegralOrEnumerationType() && !T->isPointerType())
    return false;
  Expr::EvalResult R;
  if (T->isPointerType()) {
    // (void *)0 and friends: a null pointer constant.
    if (!E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
      return false;
    N = 0;
    return true;
  }
  if (!E->EvaluateAsInt(R, Ctx, Expr::SE_AllowSideEffects))
    return false;
  if (R.HasSideEffects)
    return false;
  const llvm::APSInt &V = R.Val.getInt();
  N = V.isSigned() ? V.getExtValue()
                   : static_cast<int64_t>(V.getZExtValue());
  return true;
}

// &base[K] (or &base[Index]) for pointer arithmetic, base + K for integers.
const pgc_value *FunctionTranslator::offsetValue(const Expr *Base, int64_t K,
                                                 bool Known,
                                                 const Expr *Index) {
  const pgc_value *V = valueOf(Base);
  if (V->kind == PGC_V_UNKNOWN)
    return V;
  if (Base->IgnoreParenImpCasts()->getType()->isPointerType()) {
    if (Known && K == 0)
      return V;
    if (!Known && Index)
      return pgc_val_addr(TU, pgc_val_index_value(TU, V, valueOf(Index)));
    return pgc_val_addr(TU, pgc_val_index(TU, V, K, Known));
  }
  if (!Known)
    return pgc_val_unknown(TU);
  return pgc_val_add(TU, V, K);
}

// The spelling of E's first and last tokens.
static std::pair<SourceLocation, SourceLocation>
spellingRange(const SourceManager &SM, const Expr *E) {
  return {SM.getSpellingLoc(E->getBeginLoc()),
          SM.getSpellingLoc(E->getEndLoc())};
}

// The outermost subexpression of E written as exactly the tokens
// First..Last (a macro argument), or null.
const Expr *FunctionTranslator::findArg(const Expr *E, SourceLocation First,
                                        SourceLocation Last) {
  if (First.isInvalid())
    return nullptr;
  llvm::SmallVector<const Stmt *, 16> Work{E};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    const auto *X = dyn_cast_or_null<Expr>(S);
    if (!X)
      continue;
    if (X->getBeginLoc().isMacroID() &&
        spellingRange(SM, X) == std::make_pair(First, Last))
      return X;
    // Depth first, left to right: push children in reverse.
    llvm::SmallVector<const Stmt *, 4> Kids(X->child_begin(), X->child_end());
    for (auto I = Kids.rbegin(); I != Kids.rend(); ++I)
      Work.push_back(*I);
  }
  return nullptr;
}

// A value macro of the table that expands to arithmetic rather than to a
// call of a table function (pmd_page(e) is vmemmap + pmd_pfn(e)): a call
// event under the macro's name, so the table below the entry is followed.
const pgc_value *FunctionTranslator::macroCall(const Expr *E) {
  auto It = CallIds.find(E);
  if (It != CallIds.end())
    return pgc_val_call(TU, It->second);
  if (!Cur || !E->getBeginLoc().isMacroID())
    return nullptr;
  const Expr *Core = E->IgnoreParenCasts();
  if (const auto *CE = dyn_cast<CallExpr>(Core))
    if (const FunctionDecl *FD = CE->getDirectCallee())
      if (FD->getIdentifier() &&
          isVocabName(V, FD->getName().str().c_str()))
        return nullptr; // the call itself carries the meaning
  MacroCall MC;
  if (!valueMacroCall(SM, Ctx.getLangOpts(), E, V, MC))
    return nullptr;
  llvm::SmallVector<const pgc_value *, 4> Args;
  for (const auto &R : MC.Args) {
    const Expr *A = findArg(E, R.first, R.second);
    Args.push_back(A ? valueOf(A) : pgc_val_unknown(TU));
  }
  std::string Name = MC.Name.str();
  unsigned Id = pgc_ev_call(TU, F, Cur, pos(E->getBeginLoc()), Name.c_str(),
                            nullptr, Args.size(), Args.data());
  CallIds[E] = Id;
  return pgc_val_call(TU, Id);
}

const pgc_value *FunctionTranslator::valueOf(const Expr *E) {
  // Peel parentheses and casts one at a time: any layer may be the whole
  // expansion of a value macro.
  for (const Expr *L = E;;) {
    if (const pgc_value *MV = macroCall(L))
      return MV;
    if (const auto *P = dyn_cast<ParenExpr>(L))
      L = P->getSubExpr();
    else if (const auto *C = dyn_cast<CastExpr>(L))
      L = C->getSubExpr();
    else
      break;
  }
  E = stripExpect(E);
  int64_t N;
  if (!isa<CallExpr>(E) && constantOf(E, N))
    return pgc_val_const(TU, N);

  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
      return pgc_val_var(TU, nameOf(VD));
    return pgc_val_unknown(TU);
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    switch (UO->getOpcode()) {
    case UO_Deref:
      return pgc_val_deref(TU, valueOf(UO->getSubExpr()));
    case UO_AddrOf:
      return pgc_val_addr(TU, valueOf(UO->getSubExpr()));
    case UO_Extension:
      return valueOf(UO->getSubExpr());
    default:
      return pgc_val_unknown(TU);
    }
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const pgc_value *Base = valueOf(ME->getBase());
    if (ME->isArrow())
      Base = pgc_val_deref(TU, Base);
    std::string Field = ME->getMemberDecl()->getName().str();
    if (Field.empty())
      Field = "_anon";
    return pgc_val_field(TU, Base, Field.c_str());
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    const pgc_value *Base = valueOf(AS->getBase());
    if (constantOf(AS->getIdx(), N))
      return pgc_val_index(TU, Base, N, 1);
    return pgc_val_index_value(TU, Base, valueOf(AS->getIdx()));
  }
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    auto It = CallIds.find(CE);
    if (It != CallIds.end())
      return pgc_val_call(TU, It->second);
    return pgc_val_unknown(TU);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    const Expr *L = BO->getLHS(), *R = BO->getRHS();
    switch (BO->getOpcode()) {
    case BO_Assign:
      return valueOf(L);
    case BO_Comma:
      return valueOf(R);
    case BO_Add:
      if (constantOf(R, N))
        return offsetValue(L, N, true);
      if (constantOf(L, N))
        return offsetValue(R, N, true);
      if (L->IgnoreParenImpCasts()->getType()->isPointerType())
        return offsetValue(L, 0, false, R);
      if (R->IgnoreParenImpCasts()->getType()->isPointerType())
        return offsetValue(R, 0, false, L);
      return pgc_val_unknown(TU);
    case BO_Sub:
      if (L->IgnoreParenImpCasts()->getType()->isPointerType() &&
          R->IgnoreParenImpCasts()->getType()->isPointerType())
        return pgc_val_unknown(TU);
      if (constantOf(R, N))
        return offsetValue(L, -N, true);
      if (L->IgnoreParenImpCasts()->getType()->isPointerType())
        return offsetValue(L, 0, false);
      return pgc_val_unknown(TU);
    default:
      return pgc_val_unknown(TU);
    }
  }
  if (const auto *SE = dyn_cast<StmtExpr>(E)) {
    const CompoundStmt *CS = SE->getSubStmt();
    if (!CS->body_empty())
      if (const auto *Last = dyn_cast<Expr>(CS->body_back()))
        return valueOf(Last);
    return pgc_val_unknown(TU);
  }
  return pgc_val_unknown(TU);
}

void FunctionTranslator::call(pgc_block *B, const CallExpr *CE) {
  // Compiler builtins (__builtin_expect, __builtin_constant_p, ...) are
  // neither API calls nor user code.
  if (CE->getBuiltinCallee())
    return;
  const FunctionDecl *Callee = CE->getDirectCallee();
  std::string Name = Callee ? Callee->getName().str() : std::string();
  llvm::SmallVector<const pgc_value *, 8> Args;
  for (const Expr *A : CE->arguments())
    Args.push_back(valueOf(A));
  StringRef Spelled = spelledMacro(SM, Ctx.getLangOpts(), CE, V);
  std::string SpelledStr = Spelled.str();
  unsigned Id = pgc_ev_call(TU, F, B, pos(CE->getBeginLoc()),
                            Name.empty() ? nullptr : Name.c_str(),
                            Spelled.empty() ? nullptr : SpelledStr.c_str(),
                            Args.size(), Args.data());
  CallIds[CE] = Id;
}

void FunctionTranslator::stmt(pgc_block *B, const Stmt *S) {
  if (const auto *CE = dyn_cast<CallExpr>(S)) {
    call(B, CE);
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
    if (!BO->isAssignmentOp())
      return;
    const pgc_value *L = valueOf(BO->getLHS());
    const pgc_value *R;
    int64_t N;
    if (BO->getOpcode() == BO_Assign)
      R = valueOf(BO->getRHS());
    else if (BO->getOpcode() == BO_AddAssign && constantOf(BO->getRHS(), N))
      R = offsetValue(BO->getLHS(), N, true);
    else if (BO->getOpcode() == BO_SubAssign && constantOf(BO->getRHS(), N))
      R = offsetValue(BO->getLHS(), -N, true);
    else
      R = pgc_val_unknown(TU);
    pgc_ev_assign(TU, B, pos(BO->getExprLoc()), L, R);
    return;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
    if (!UO->isIncrementDecrementOp())
      return;
    int64_t K = UO->isIncrementOp() ? 1 : -1;
    pgc_ev_assign(TU, B, pos(UO->getExprLoc()), valueOf(UO->getSubExpr()),
                  offsetValue(UO->getSubExpr(), K, true));
    return;
  }
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !VD->hasLocalStorage())
        continue;
      const char *Name = nameOf(VD);
      if (const Expr *Init = VD->getInit())
        pgc_ev_assign(TU, B, pos(VD->getLocation()), pgc_val_var(TU, Name),
                      valueOf(Init));
    }
    return;
  }
  if (const auto *RS = dyn_cast<ReturnStmt>(S)) {
    const Expr *RV = RS->getRetValue();
    pgc_ev_return(TU, B, pos(RS->getBeginLoc()), RV ? valueOf(RV) : nullptr);
    return;
  }
}

// A variable with __attribute__((cleanup(fn))) leaving scope: fn(&var).
void FunctionTranslator::scopeEnd(pgc_block *B, const CFGScopeEnd &SE) {
  const VarDecl *VD = SE.getVarDecl();
  const auto *CA = VD ? VD->getAttr<CleanupAttr>() : nullptr;
  if (!CA || !CA->getFunctionDecl())
    return;
  SourceLocation L = VD->getLocation();
  if (const Stmt *T = SE.getTriggerStmt()) {
    if (const auto *CS = dyn_cast<CompoundStmt>(T))
      L = CS->getRBracLoc();
    else
      L = T->getBeginLoc();
  }
  const pgc_value *Arg = pgc_val_addr(TU, pgc_val_var(TU, nameOf(VD)));
  std::string Name = CA->getFunctionDecl()->getName().str();
  pgc_ev_call(TU, F, B, pos(L), Name.c_str(), nullptr, 1, &Arg);
  pgc_ev_call_flags(B, PGC_EVF_CLEANUP);
}

void FunctionTranslator::element(pgc_block *B, const CFGElement &E) {
  Cur = B;
  if (auto S = E.getAs<CFGStmt>())
    stmt(B, S->getStmt());
  else if (auto SE = E.getAs<CFGScopeEnd>())
    scopeEnd(B, *SE);
}

void FunctionTranslator::successors(pgc_block *B, const CFGBlock &CB) {
  Cur = B;
  llvm::SmallVector<unsigned, 2> Succs;
  for (const CFGBlock::AdjacentBlock &A : CB.succs())
    if (const CFGBlock *S = A.getReachableBlock())
      Succs.push_back(BlockIds[S]);
    else
      Succs.push_back(~0u);

  // A two-way branch: the condition is the block's last evaluated
  // expression (for a && b, each operand ends its own block).
  if (CB.succ_size() == 2 && Succs[0] != ~0u && Succs[1] != ~0u &&
      CB.getTerminatorCondition() && !CB.empty()) {
    const Expr *Cond = nullptr;
    for (auto I = CB.rbegin(), End = CB.rend(); I != End; ++I)
      if (auto S = I->getAs<CFGStmt>()) {
        Cond = dyn_cast<Expr>(S->getStmt());
        break;
      }
    bool Swap = false;
    while (Cond) {
      Cond = stripExpect(Cond);
      if (const auto *UO = dyn_cast<UnaryOperator>(Cond);
          UO && UO->getOpcode() == UO_LNot) {
        Swap = !Swap;
        Cond = UO->getSubExpr();
        continue;
      }
      const auto *BO = dyn_cast<BinaryOperator>(Cond);
      int64_t N;
      if (BO && BO->isEqualityOp()) {
        const Expr *Other = nullptr;
        if (constantOf(BO->getRHS(), N) && N == 0)
          Other = BO->getLHS();
        else if (constantOf(BO->getLHS(), N) && N == 0)
          Other = BO->getRHS();
        if (Other) {
          if (BO->getOpcode() == BO_EQ)
            Swap = !Swap;
          Cond = Other;
          continue;
        }
      }
      break;
    }
    const pgc_value *V = Cond ? valueOf(Cond) : nullptr;
    // A leaf-test macro expanding to a comparison (arm64 pmd_sect()): the
    // last element has lost the parentheses the expansion starts with.
    if (!V || V->kind == PGC_V_UNKNOWN || V->kind == PGC_V_CONST)
      if (const auto *TC =
              dyn_cast_or_null<Expr>(CB.getTerminatorCondition(false)))
        if (const pgc_value *MV = macroCall(TC)) {
          V = MV;
          Swap = false;
        }
    if (V && V->kind != PGC_V_UNKNOWN && V->kind != PGC_V_CONST) {
      pgc_block_set_branch(TU, B, V, Swap ? Succs[1] : Succs[0],
                           Swap ? Succs[0] : Succs[1]);
      return;
    }
  }
  for (unsigned S : Succs)
    if (S != ~0u)
      pgc_block_add_succ(TU, B, S);
}

// What decides how the CFG can be built: cleanup-attribute variables need
// clang's scope elements, but clang-16's CFG builder with AddScopes crashes
// on a loop inside a statement expression that initialises a variable --
// the kernel's READ_ONCE() in an initialiser is exactly that.
struct ScopeScan {
  bool HasCleanup = false;
  bool HasLoopInInit = false;

  static bool hasLoop(const Stmt *S) {
    if (!S)
      return false;
    if (isa<DoStmt>(S) || isa<WhileStmt>(S) || isa<ForStmt>(S))
      return true;
    for (const Stmt *C : S->children())
      if (hasLoop(C))
        return true;
    return false;
  }

  void visit(const Stmt *S) {
    if (!S)
      return;
    if (const auto *DS = dyn_cast<DeclStmt>(S))
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D)) {
          if (VD->hasAttr<CleanupAttr>())
            HasCleanup = true;
          if (!HasLoopInInit && hasLoop(VD->getInit()))
            HasLoopInInit = true;
        }
    for (const Stmt *C : S->children())
      visit(C);
  }
};

// "unsigned long size = PAGE_SIZE;" never written again is PAGE_SIZE
// wherever it is read: fold it like a constant.
void FunctionTranslator::findConstLocals(const Stmt *Body) {
  llvm::SmallPtrSet<const VarDecl *, 8> Written;
  llvm::SmallVector<const Stmt *, 64> Work{Body};
  auto Target = [](const Expr *E) -> const VarDecl * {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts()))
      return dyn_cast<VarDecl>(DRE->getDecl());
    return nullptr;
  };
  llvm::SmallVector<const VarDecl *, 16> Cands;
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *DS = dyn_cast<DeclStmt>(S)) {
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D))
          if (VD->hasLocalStorage() && VD->getInit() &&
              !VD->getType().isVolatileQualified() &&
              VD->getType()->isIntegerType())
            Cands.push_back(VD);
    } else if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      if (BO->isAssignmentOp())
        if (const VarDecl *VD = Target(BO->getLHS()))
          Written.insert(VD);
    } else if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
      if (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf)
        if (const VarDecl *VD = Target(UO->getSubExpr()))
          Written.insert(VD);
    }
    for (const Stmt *C : S->children())
      Work.push_back(C);
  }
  for (const VarDecl *VD : Cands) {
    if (Written.count(VD))
      continue;
    Expr::EvalResult R;
    const Expr *Init = VD->getInit();
    if (Init->isValueDependent() ||
        !Init->EvaluateAsInt(R, Ctx, Expr::SE_NoSideEffects))
      continue;
    const llvm::APSInt &V = R.Val.getInt();
    ConstLocals[VD] = V.isSigned() ? V.getExtValue()
                                   : static_cast<int64_t>(V.getZExtValue());
  }
}

bool FunctionTranslator::run(const FunctionDecl *FD) {
  CFG::BuildOptions BO;
  BO.setAllAlwaysAdd(); // every subexpression, in evaluation order
  ScopeScan Scan;
  Scan.visit(FD->getBody());
  if (Scan.HasCleanup) {
    // Scopes only survive clang-16's CFG builder without the pattern that
    // crashes it; a body we cannot translate faithfully is left out (an
    // unknown callee does nothing: precision first).
    if (Scan.HasLoopInInit)
      return false;
    // In C, clang-16 marks where a cleanup-attribute variable dies with
    // CFGScopeEnd, and only places them right (at each exit, innermost
    // first) when implicit destructors are on as well.
    BO.AddScopes = true;
    BO.AddImplicitDtors = true;
  }
  std::unique_ptr<CFG> G = CFG::buildCFG(FD, FD->getBody(), &Ctx, BO);
  if (!G)
    return false;
  findConstLocals(FD->getBody());

  std::string Name = FD->getName().str();
  F = pgc_func_define(TU, Name.c_str(), pos(FD->getLocation()));
  if (!F)
    return false;
  F->attrs |= functionAttributes(FD);
  unsigned ArgNo = 0;
  for (const ParmVarDecl *P : FD->parameters()) {
    ++ArgNo;
    if (P->getName().empty()) {
      std::string Anon = "_arg" + std::to_string(ArgNo);
      VarNames[P] = pgc_intern(TU, Anon.c_str());
      NameUses[Anon]++;
    }
    pgc_func_add_param(TU, F, nameOf(P));
  }

  // Block 0 is the entry.  clang builds the CFG backwards, so decreasing
  // block ids are source order: a call's result is then translated before
  // a later block's condition or argument refers to it.
  llvm::SmallVector<const CFGBlock *, 32> Order;
  Order.push_back(&G->getEntry());
  for (auto I = G->rbegin(), End = G->rend(); I != End; ++I)
    if (*I != &G->getEntry())
      Order.push_back(*I);
  llvm::SmallVector<pgc_block *, 32> Blocks;
  for (const CFGBlock *CB : Order) {
    BlockIds[CB] = F->nblocks;
    Blocks.push_back(pgc_block_new(TU, F));
  }
  for (unsigned I = 0; I < Order.size(); ++I)
    for (const CFGElement &E : *Order[I])
      element(Blocks[I], E);
  for (unsigned I = 0; I < Order.size(); ++I)
    successors(Blocks[I], *Order[I]);
  return true;
}

} // namespace

bool translateFunction(ASTContext &Ctx, pgc_tu *TU, const pgc_vocab *V,
                       const FunctionDecl *FD) {
  return FunctionTranslator(Ctx, TU, V).run(FD);
}

} // namespace pgcheck
