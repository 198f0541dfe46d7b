//===- Consumer.h - the pgcheck AST consumer --------------------*- C++ -*-===//
//
// At the end of a translation unit: translate it into the core's IR, run
// the analysis, hand each finding to a sink.  Used by the plugin (the sink
// is clang's DiagnosticsEngine) and by pgcheck-clang (the sink dedupes
// findings in headers across translation units).
//
//===----------------------------------------------------------------------===//
#ifndef PGCHECK_CLANG_CONSUMER_H
#define PGCHECK_CLANG_CONSUMER_H

#include "Options.h"

#include "clang/AST/ASTConsumer.h"

namespace clang {
class CompilerInstance;
}

namespace pgcheck {

class Consumer : public clang::ASTConsumer {
public:
  /// Fn(D, Ctx) receives the findings; Vocab is not owned.
  Consumer(clang::CompilerInstance &CI, const Options &O,
           const pgc_vocab *Vocab, pgc_diag_fn Fn, void *FnCtx)
      : CI(CI), O(O), Vocab(Vocab), Fn(Fn), FnCtx(FnCtx) {}
  void HandleTranslationUnit(clang::ASTContext &Ctx) override;

  /// Set when the IR could not be built, the analysis failed or the IR
  /// dump could not be written.
  bool failed() const { return Failed; }

private:
  clang::CompilerInstance &CI;
  const Options &O;
  const pgc_vocab *Vocab;
  pgc_diag_fn Fn;
  void *FnCtx;
  bool Failed = false;
};

} // namespace pgcheck

#endif
