//===- Consumer.cpp - the pgcheck AST consumer ----------------------------===//

#include "Consumer.h"
#include "TUTranslator.h"

#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace clang;
using namespace pgcheck;

void Consumer::HandleTranslationUnit(ASTContext &Ctx) {
  DiagnosticsEngine &DE = CI.getDiagnostics();
  // A TU that does not compile is reported by clang itself; its AST is not
  // worth analysing.
  if (DE.hasErrorOccurred())
    return;
  pgc_tu *TU = translateTU(Ctx, CI.getPreprocessor(), Vocab);
  unsigned ErrID = DE.getCustomDiagID(DiagnosticsEngine::Error, "pgcheck: %0");
  if (!TU) {
    DE.Report(ErrID) << "out of memory building the IR";
    Failed = true;
    return;
  }
  if (O.DumpIR) {
    FILE *Out = O.DumpIRFile.empty() ? stderr
                                     : std::fopen(O.DumpIRFile.c_str(), "w");
    if (!Out || pgc_ir_write(Out, TU) != 0) {
      DE.Report(ErrID) << ("cannot write the IR to '" + O.DumpIRFile +
                           "': " + std::strerror(errno));
      Failed = true;
    }
    if (Out && Out != stderr)
      std::fclose(Out);
  }
  if (pgc_analyze(TU, Vocab, &O.Core, Fn, FnCtx) < 0) {
    DE.Report(ErrID) << "the analysis failed (out of memory)";
    Failed = true;
  }
  pgc_tu_free(TU);
}
