//===- DiagReporter.cpp - core findings as clang diagnostics --------------===//

#include "DiagReporter.h"
#include "Positions.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"

#include <string>

using namespace clang;
using namespace pgcheck;

DiagReporter::DiagReporter(DiagnosticsEngine &DE, SourceManager &SM,
                           bool FindingsAreErrors)
    : DE(DE), SM(SM) {
  FindingID = DE.getCustomDiagID(FindingsAreErrors ? DiagnosticsEngine::Error
                                                   : DiagnosticsEngine::Warning,
                                 "%0");
  // A malformed suppression comment is a warning even with werror: it is
  // about the comment, not the code.
  InvalidID = DE.getCustomDiagID(DiagnosticsEngine::Warning, "%0");
  NoteID = DE.getCustomDiagID(DiagnosticsEngine::Note, "%0");
}

void DiagReporter::report(const pgc_diag *D) {
  bool Invalid = std::string(D->rule) == PGC_INVALID_SUPPRESSION;
  std::string Msg =
      std::string(D->message) + " [pgcheck-" + D->rule + "]";
  {
    DiagnosticBuilder B =
        DE.Report(locationOf(SM, D->pos), Invalid ? InvalidID : FindingID);
    B << Msg;
    if (D->fix) {
      SourceLocation Begin = locationOf(SM, D->fix->begin);
      SourceLocation End = locationOf(SM, D->fix->end);
      if (Begin.isValid() && End.isValid()) {
        if (Begin == End)
          B << FixItHint::CreateInsertion(Begin, D->fix->text);
        else
          B << FixItHint::CreateReplacement(
              CharSourceRange::getCharRange(Begin, End), D->fix->text);
      }
    }
  }
  for (unsigned I = 0; I < D->nnotes; ++I)
    DE.Report(locationOf(SM, D->notes[I].pos), NoteID) << D->notes[I].label;
}

void DiagReporter::callback(const pgc_diag *D, void *Ctx) {
  static_cast<DiagReporter *>(Ctx)->report(D);
}
