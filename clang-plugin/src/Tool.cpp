//===- Tool.cpp - pgcheck-clang: the analysis over compile_commands.json --===//
//
//   pgcheck-clang -p BUILD_DIR [options] [FILE...]
//   pgcheck-clang [options] FILE... -- COMPILER-FLAGS
//
// With no FILE, every file of the compilation database.  A finding in a
// header is printed once however many translation units include it.
// Exit status: 0 no findings, 1 findings, 2 usage or tool error (a file
// that does not compile, a bad config file).
//
//===----------------------------------------------------------------------===//

#include "Consumer.h"
#include "Options.h"

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <set>
#include <string>

using namespace clang;
using namespace clang::tooling;
using namespace pgcheck;

static llvm::cl::OptionCategory Category("pgcheck-clang options");
static llvm::cl::opt<std::string>
    BuildPath("p", llvm::cl::desc("Build directory with compile_commands.json"),
              llvm::cl::value_desc("BUILD_DIR"), llvm::cl::cat(Category));
static llvm::cl::list<std::string>
    SourcePaths(llvm::cl::Positional, llvm::cl::desc("[FILE...]"),
                llvm::cl::ZeroOrMore, llvm::cl::cat(Category));
static llvm::cl::list<std::string>
    ConfigOpt("config", llvm::cl::desc("User vocabulary file (repeatable)"),
              llvm::cl::value_desc("FILE"), llvm::cl::cat(Category));
static llvm::cl::list<std::string>
    EnableOpt("enable", llvm::cl::desc("Enable rules (RULE[,RULE...] or all)"),
              llvm::cl::value_desc("RULES"), llvm::cl::cat(Category));
static llvm::cl::list<std::string>
    DisableOpt("disable",
               llvm::cl::desc("Disable rules (RULE[,RULE...] or all)"),
               llvm::cl::value_desc("RULES"), llvm::cl::cat(Category));
static llvm::cl::opt<bool> RTOpt("rt", llvm::cl::desc("PREEMPT_RT mode"),
                                 llvm::cl::cat(Category));
static llvm::cl::opt<std::string>
    DumpIROpt("dump-ir", llvm::cl::desc("Write the IR (to FILE, or - for stderr)"),
              llvm::cl::value_desc("FILE"), llvm::cl::ValueOptional,
              llvm::cl::cat(Category));

namespace {

// Prints each distinct finding once, in the BRIEF format.
struct Sink {
  std::set<std::string> Seen;
  unsigned Findings = 0;

  static std::string canonical(const char *File) {
    if (!File)
      return "";
    llvm::SmallString<256> Real;
    if (!llvm::sys::fs::real_path(File, Real))
      return std::string(Real);
    return File;
  }

  static void callback(const pgc_diag *D, void *Ctx) {
    auto *S = static_cast<Sink *>(Ctx);
    std::string Key = canonical(D->pos.file) + ":" +
                      std::to_string(D->pos.line) + ":" +
                      std::to_string(D->pos.col) + ":" + D->rule + ":" +
                      D->message;
    if (!S->Seen.insert(Key).second)
      return;
    ++S->Findings;
    std::fflush(stderr);
    pgc_print_diag(stdout, D);
    std::fflush(stdout);
  }
};

class Action : public ASTFrontendAction {
public:
  Action(const Options &O, const pgc_vocab *V, Sink &S, bool &Failed)
      : O(O), V(V), S(S), Failed(Failed) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    auto C = std::make_unique<Consumer>(CI, O, V, Sink::callback, &S);
    Last = C.get();
    return C;
  }
  void EndSourceFileAction() override {
    if (Last && Last->failed())
      Failed = true;
  }

private:
  const Options &O;
  const pgc_vocab *V;
  Sink &S;
  bool &Failed;
  Consumer *Last = nullptr;
};

class Factory : public FrontendActionFactory {
public:
  Factory(const Options &O, const pgc_vocab *V, Sink &S, bool &Failed)
      : O(O), V(V), S(S), Failed(Failed) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<Action>(O, V, S, Failed);
  }

private:
  const Options &O;
  const pgc_vocab *V;
  Sink &S;
  bool &Failed;
};

} // namespace

int main(int argc, const char **argv) {
  // "-- FLAGS" after the files: a fixed compilation database.
  std::string DBErr;
  int Argc = argc;
  std::unique_ptr<CompilationDatabase> DB =
      FixedCompilationDatabase::loadFromCommandLine(Argc, argv, DBErr);
  if (!DBErr.empty()) {
    llvm::errs() << "pgcheck-clang: " << DBErr << "\n";
    return 2;
  }
  llvm::cl::HideUnrelatedOptions(Category);
  if (!llvm::cl::ParseCommandLineOptions(
          Argc, argv,
          "pgcheck over a compilation database\n\n"
          "  pgcheck-clang -p BUILD_DIR [options] [FILE...]\n"
          "  pgcheck-clang [options] FILE... -- COMPILER-FLAGS\n\n"
          "Exit status: 0 no findings, 1 findings, 2 usage or tool error.\n",
          &llvm::errs()))
    return 2;
  if (!DB) {
    if (!BuildPath.empty())
      DB = CompilationDatabase::autoDetectFromDirectory(BuildPath, DBErr);
    else if (!SourcePaths.empty())
      DB = CompilationDatabase::autoDetectFromSource(SourcePaths[0], DBErr);
    else
      DBErr = "no input: give -p BUILD_DIR or FILE... -- FLAGS";
    if (!DB) {
      llvm::errs() << "pgcheck-clang: " << DBErr << "\n";
      return 2;
    }
  }
  Options O;
  std::string Err;
  auto Apply = [&](const std::string &A) {
    if (O.apply(A, Err))
      return true;
    llvm::errs() << "pgcheck-clang: " << Err << "\n";
    return false;
  };
  for (const std::string &C : ConfigOpt)
    if (!Apply("config=" + C))
      return 2;
  for (const std::string &R : EnableOpt)
    if (!Apply("enable=" + R))
      return 2;
  for (const std::string &R : DisableOpt)
    if (!Apply("disable=" + R))
      return 2;
  if (RTOpt)
    Apply("rt");
  if (DumpIROpt.getNumOccurrences())
    Apply(DumpIROpt == "-" ? std::string("dump-ir")
                           : "dump-ir=" + DumpIROpt.getValue());

  pgc_vocab *V = loadVocabulary(O, Err);
  if (!V) {
    llvm::errs() << "pgcheck-clang: " << Err << "\n";
    return 2;
  }
  std::vector<std::string> Files(SourcePaths.begin(), SourcePaths.end());
  if (Files.empty())
    Files = DB->getAllFiles();
  if (Files.empty()) {
    llvm::errs() << "pgcheck-clang: no input files (give FILE... or -p "
                    "BUILD_DIR with a compile_commands.json)\n";
    pgc_vocab_free(V);
    return 2;
  }
  ClangTool Tool(*DB, Files);
  Sink S;
  bool Failed = false;
  Factory F(O, V, S, Failed);
  int RC = Tool.run(&F);
  pgc_vocab_free(V);
  if (RC != 0 || Failed) {
    llvm::errs() << "pgcheck-clang: some files could not be analysed\n";
    return 2;
  }
  return S.Findings ? 1 : 0;
}
