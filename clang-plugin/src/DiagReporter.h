//===- DiagReporter.h - core findings as clang diagnostics ------*- C++ -*-===//
//
// Prints the core's findings through clang's DiagnosticsEngine:
//   FILE:LINE:COL: warning: MESSAGE [pgcheck-RULE]
//   FILE:LINE:COL: note: LABEL
// with the core's fix as a fix-it hint.  clang's -Werror does not reach
// custom diagnostics, so whether findings are errors is our own option.
//
//===----------------------------------------------------------------------===//
#ifndef PGCHECK_CLANG_DIAGREPORTER_H
#define PGCHECK_CLANG_DIAGREPORTER_H

#include "pgcheck/core.h"

namespace clang {
class DiagnosticsEngine;
class SourceManager;
} // namespace clang

namespace pgcheck {

class DiagReporter {
public:
  DiagReporter(clang::DiagnosticsEngine &DE, clang::SourceManager &SM,
               bool FindingsAreErrors);
  void report(const pgc_diag *D);
  /// A pgc_diag_fn; Ctx is a DiagReporter.
  static void callback(const pgc_diag *D, void *Ctx);

private:
  clang::DiagnosticsEngine &DE;
  clang::SourceManager &SM;
  unsigned FindingID, InvalidID, NoteID;
};

} // namespace pgcheck

#endif
