//===- Options.h - pgcheck clang front-end options --------------*- C++ -*-===//
//
// The options shared by the plugin (-fplugin-arg-pgcheck-NAME[=VALUE]) and
// the pgcheck-clang tool.  Parsing never touches the file system: the
// config file is loaded by loadVocabulary().
//
//===----------------------------------------------------------------------===//
#ifndef PGCHECK_CLANG_OPTIONS_H
#define PGCHECK_CLANG_OPTIONS_H

#include "pgcheck/core.h"

#include <string>
#include <vector>

namespace pgcheck {

struct Options {
  pgc_options Core;
  std::vector<std::string> ConfigFiles;
  bool FindingsAreErrors = false;
  bool DumpIR = false;
  std::string DumpIRFile; // empty: stderr

  Options() { pgc_options_init(&Core); }

  /// Apply one "NAME" or "NAME=VALUE" option.  On error returns false and
  /// sets Err to a message that names the valid options.
  bool apply(const std::string &Arg, std::string &Err);

  /// The option list, for messages and --help.
  static const char *validOptions();
};

/// A vocabulary: the embedded table plus the config files.  Returns nullptr
/// with Err set ("FILE:LINE: message" or "cannot read FILE") on failure.
pgc_vocab *loadVocabulary(const Options &O, std::string &Err);

} // namespace pgcheck

#endif
