//===- fixit_test.cpp - core diagnostics through DiagReporter -------------===//
//
// Feeds DiagReporter the data the core hands to front ends (a finding with
// a note and a fix) for a real parsed file and checks what reaches clang's
// DiagnosticsEngine: the level, the message with its rule id, the note, and
// the fix as a fix-it hint over the right characters.
//
//===----------------------------------------------------------------------===//

#include "DiagReporter.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/SmallString.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace clang;

namespace {

struct Seen {
  DiagnosticsEngine::Level Level;
  std::string Message;
  unsigned Line, Col;
  std::vector<FixItHint> Fixes;
};

class Capture : public DiagnosticConsumer {
public:
  std::vector<Seen> All;
  void HandleDiagnostic(DiagnosticsEngine::Level L,
                        const Diagnostic &Info) override {
    llvm::SmallString<128> Msg;
    Info.FormatDiagnostic(Msg);
    const SourceManager &SM = Info.getSourceManager();
    Seen S{L, std::string(Msg), SM.getSpellingLineNumber(Info.getLocation()),
           SM.getSpellingColumnNumber(Info.getLocation()),
           {Info.getFixItHints().begin(), Info.getFixItHints().end()}};
    All.push_back(S);
  }
};

int Failures = 0;

void expect(bool Cond, const char *What) {
  if (!Cond) {
    std::fprintf(stderr, "FAIL: %s\n", What);
    ++Failures;
  }
}

} // namespace

int main() {
  const char *File = "/pgcheck-test/fixit_input.c";
  // Line 2: "	flush(addr, addr + 4096);" -- the end argument is cols 14-24.
  const char *Code = "void flush(unsigned long s, unsigned long e);\n"
                     "void f(unsigned long addr) {\n"
                     "\tflush(addr, addr + 4096);\n"
                     "}\n";
  std::unique_ptr<ASTUnit> AST =
      tooling::buildASTFromCodeWithArgs(Code, {"-xc"}, File);
  if (!AST) {
    std::fprintf(stderr, "FAIL: cannot parse the input\n");
    return 1;
  }
  for (bool AsErrors : {false, true}) {
    DiagnosticsEngine &DE = AST->getDiagnostics();
    Capture C;
    DE.setClient(&C, /*ShouldOwnClient=*/false);
    pgcheck::DiagReporter R(DE, AST->getSourceManager(), AsErrors);

    pgc_note Note = {{File, 3, 2}, "entry cleared here"};
    pgc_fix Fix = {{File, 3, 14}, {File, 3, 25}, "addr + PUD_SIZE"};
    pgc_diag D = {};
    D.rule = "flush-range-short";
    D.pos = {File, 3, 2};
    D.message = "TLB flush range is shorter than the span";
    D.notes = &Note;
    D.nnotes = 1;
    D.fix = &Fix;
    R.report(&D);

    pgc_fix Insert = {{File, 3, 2}, {File, 3, 2}, "inserted(); "};
    D.fix = &Insert;
    D.nnotes = 0;
    R.report(&D);
    DE.setClient(nullptr, false);

    expect(C.All.size() == 3, "three diagnostics (finding, note, finding)");
    if (C.All.size() != 3)
      continue;
    const Seen &F = C.All[0];
    expect(F.Level == (AsErrors ? DiagnosticsEngine::Error
                                : DiagnosticsEngine::Warning),
           "finding level follows the werror option");
    expect(F.Message == "TLB flush range is shorter than the span "
                        "[pgcheck-flush-range-short]",
           "message carries the rule id");
    expect(F.Line == 3 && F.Col == 2, "finding at 3:2");
    expect(F.Fixes.size() == 1, "one fix-it");
    if (F.Fixes.size() == 1) {
      const FixItHint &H = F.Fixes[0];
      const SourceManager &SM = AST->getSourceManager();
      expect(H.CodeToInsert == "addr + PUD_SIZE", "fix-it text");
      expect(H.RemoveRange.isCharRange(), "fix-it is a character range");
      expect(SM.getSpellingColumnNumber(H.RemoveRange.getBegin()) == 14 &&
                 SM.getSpellingColumnNumber(H.RemoveRange.getEnd()) == 25,
             "fix-it replaces columns 14-24");
    }
    expect(C.All[1].Level == DiagnosticsEngine::Note &&
               C.All[1].Message == "entry cleared here" && C.All[1].Line == 3,
           "note with its label and position");
    const Seen &I = C.All[2];
    expect(I.Fixes.size() == 1 && I.Fixes[0].CodeToInsert == "inserted(); " &&
               I.Fixes[0].RemoveRange.getBegin() ==
                   I.Fixes[0].RemoveRange.getEnd(),
           "begin == end is an insertion");
  }
  if (!Failures)
    std::printf("ok fixit\n");
  return Failures ? 1 : 0;
}
