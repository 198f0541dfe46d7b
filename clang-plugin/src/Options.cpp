//===- Options.cpp - pgcheck clang front-end options ----------------------===//

#include "Options.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace pgcheck;

const char *Options::validOptions() {
  return "enable=RULE[,RULE...], disable=RULE[,RULE...], config=FILE, "
         "werror, rt, dump-ir[=FILE] (RULE is a rule id or 'all')";
}

// Set every rule named in the comma-separated List to On.
static bool setRules(pgc_options &Core, const std::string &List, int On,
                     std::string &Err) {
  if (List.empty()) {
    Err = "missing rule list";
    return false;
  }
  size_t Start = 0;
  while (Start <= List.size()) {
    size_t Comma = List.find(',', Start);
    if (Comma == std::string::npos)
      Comma = List.size();
    std::string Name = List.substr(Start, Comma - Start);
    if (Name == "all") {
      for (int R = 0; R < PGC_NRULES; ++R)
        Core.enabled[R] = On;
    } else {
      int R = pgc_rule_lookup(Name.c_str());
      if (R < 0) {
        Err = "unknown rule '" + Name + "'; rules are";
        for (int I = 0; I < PGC_NRULES; ++I)
          Err += std::string(I ? ", " : " ") +
                 pgc_rule_id(static_cast<pgc_rule>(I));
        return false;
      }
      Core.enabled[R] = On;
    }
    Start = Comma + 1;
  }
  return true;
}

bool Options::apply(const std::string &Arg, std::string &Err) {
  size_t Eq = Arg.find('=');
  std::string Name = Arg.substr(0, Eq);
  bool HasValue = Eq != std::string::npos;
  std::string Value = HasValue ? Arg.substr(Eq + 1) : std::string();

  if (Name == "enable" || Name == "disable") {
    if (!setRules(Core, Value, Name == "enable", Err)) {
      Err = "option '" + Arg + "': " + Err;
      return false;
    }
    return true;
  }
  if (Name == "config") {
    if (Value.empty()) {
      Err = "option 'config' needs a file: config=FILE";
      return false;
    }
    ConfigFiles.push_back(Value);
    return true;
  }
  if (!HasValue && Name == "werror") {
    FindingsAreErrors = true;
    return true;
  }
  if (!HasValue && Name == "rt") {
    Core.preempt_rt = 1;
    return true;
  }
  if (Name == "dump-ir") {
    DumpIR = true;
    DumpIRFile = Value;
    return true;
  }
  Err = "unknown option '" + Arg + "'; valid options: " + validOptions();
  return false;
}

pgc_vocab *pgcheck::loadVocabulary(const Options &O, std::string &Err) {
  pgc_vocab *V = pgc_vocab_new_default();
  if (!V) {
    Err = "out of memory loading the vocabulary";
    return nullptr;
  }
  for (const std::string &File : O.ConfigFiles) {
    // pgc_vocab_load_file reports syntax errors; say plainly when the
    // file is not there at all.
    if (FILE *F = std::fopen(File.c_str(), "r")) {
      std::fclose(F);
    } else {
      Err = "cannot read config file '" + File + "': " + std::strerror(errno);
      pgc_vocab_free(V);
      return nullptr;
    }
    char Buf[512];
    if (pgc_vocab_load_file(V, File.c_str(), Buf, sizeof(Buf)) != 0) {
      Err = std::string("malformed config file: ") + Buf;
      pgc_vocab_free(V);
      return nullptr;
    }
  }
  return V;
}
