//===- Plugin.cpp - the pgcheck clang plugin ------------------------------===//
//
//   clang-16 -fplugin=/abs/path/pgcheck-clang-plugin.so \
//            -fplugin-arg-pgcheck-OPTION[=VALUE] ...
//
// Runs after the main action (objects are still produced) and reports the
// core's findings as clang diagnostics.
//
//===----------------------------------------------------------------------===//

#include "Consumer.h"
#include "DiagReporter.h"
#include "Options.h"

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"

#include <memory>

using namespace clang;
using namespace pgcheck;

namespace {

// The plugin action is destroyed right after it made its consumer, so the
// consumer owns the options and the vocabulary.
class OwningConsumer : public ASTConsumer {
public:
  OwningConsumer(CompilerInstance &CI, const Options &Opts, pgc_vocab *V)
      : O(Opts), Vocab(V),
        Reporter(CI.getDiagnostics(), CI.getSourceManager(),
                 O.FindingsAreErrors),
        Inner(CI, O, Vocab, DiagReporter::callback, &Reporter) {}
  ~OwningConsumer() override { pgc_vocab_free(Vocab); }
  void HandleTranslationUnit(ASTContext &Ctx) override {
    Inner.HandleTranslationUnit(Ctx);
  }

private:
  Options O;
  pgc_vocab *Vocab;
  DiagReporter Reporter;
  Consumer Inner;
};

class PgcheckAction : public PluginASTAction {
public:
  ~PgcheckAction() override { pgc_vocab_free(Vocab); }

  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    DiagnosticsEngine &DE = CI.getDiagnostics();
    unsigned ErrID =
        DE.getCustomDiagID(DiagnosticsEngine::Error, "pgcheck: %0");
    std::string Err;
    for (const std::string &A : Args)
      if (!O.apply(A, Err)) {
        DE.Report(ErrID) << Err;
        return false;
      }
    Vocab = loadVocabulary(O, Err);
    if (!Vocab) {
      DE.Report(ErrID) << Err;
      return false;
    }
    return true;
  }

  ActionType getActionType() override { return AddAfterMainAction; }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    pgc_vocab *V = Vocab;
    Vocab = nullptr;
    return std::make_unique<OwningConsumer>(CI, O, V);
  }

private:
  Options O;
  pgc_vocab *Vocab = nullptr;
};

} // namespace

static FrontendPluginRegistry::Add<PgcheckAction>
    Registration("pgcheck", "pgcheck page-table and allocation checks");
