#!/usr/bin/env python3
"""Vocabulary drift test.

vocab/kernel.vocab is the one table of kernel API names.  This test fails when
  1. the table itself is malformed (unknown category or key, a duplicate
     name, an expands= that names no API in the table; the reader is
     vocab/pgcheck_vocab.py, shared with cocci/gen-vocab.py);
  2. a Coccinelle identifier list differs from the table: every list of API
     names in cocci/**/*.cocci is preceded by
         // pgcheck-vocab: CATEGORY[+CATEGORY...] [key=value ...]
     and must equal the names of those categories (with those key values;
     `key=` selects entries without the key) that have no expands=
     (Coccinelle sees the source as written); a list
     holding table names without a marker is a copy and fails too;
  3. the C/C++ front ends or core carry API names as string literals: they
     must classify through the table (compiled in or loaded), never through
     a copied list.
"""

import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "vocab"))
from pgcheck_vocab import (VocabError, duplicates, load_vocab,  # noqa: E402
                           parse_marker, select)

TOP = os.environ.get("PGCHECK_DRIFT_ROOT") or REPO
MARKER = re.compile(r"^\s*//\s*pgcheck-vocab:\s*(?P<spec>.*?)\s*$")
ID_LIST = re.compile(r"\{(?P<body>[^{}]*)\}", re.S)
STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
CODE_DIRS = ("core", "clang-plugin", "sparse", "driver")
CODE_EXT = (".c", ".h", ".cpp", ".cc", ".hpp")


def cocci_files():
    for root, _, files in os.walk(os.path.join(TOP, "cocci")):
        for f in sorted(files):
            if f.endswith(".cocci"):
                yield os.path.join(root, f)


def check_cocci(vocab, errors):
    all_names = vocab.names()
    checked = 0
    for path in cocci_files():
        rel = os.path.relpath(path, TOP)
        text = open(path, encoding="utf-8").read()
        lines = text.splitlines(keepends=True)
        offsets = [0]
        for ln in lines:
            offsets.append(offsets[-1] + len(ln))
        marked = set()
        for i, ln in enumerate(lines):
            m = MARKER.match(ln)
            if not m:
                continue
            lst = ID_LIST.search(text, offsets[i + 1])
            if not lst:
                errors.append("%s:%d: marker without a following {...} list"
                              % (rel, i + 1))
                continue
            marked.add(lst.start())
            got = {w.strip() for w in lst["body"].split(",") if w.strip()}
            try:
                want = set(select(vocab, *parse_marker(m["spec"])))
            except VocabError as e:
                errors.append("%s:%d: %s" % (rel, i + 1, e))
                continue
            checked += 1
            for n in sorted(want - got):
                errors.append("%s:%d: list lacks %s (in the table as %s)"
                              % (rel, i + 1, n, m["spec"]))
            for n in sorted(got - want):
                errors.append("%s:%d: list has %s, not in the table as %s"
                              % (rel, i + 1, n, m["spec"]))
        for lst in ID_LIST.finditer(text):
            if lst.start() in marked:
                continue
            words = {w.strip() for w in lst["body"].split(",")}
            copied = words & all_names
            if len(copied) >= 2:
                line = text.count("\n", 0, lst.start()) + 1
                errors.append("%s:%d: list of table names (%s) without a "
                              "pgcheck-vocab marker" % (rel, line,
                                                        ", ".join(sorted(copied)[:4])))
    return checked


def strip_comments(src):
    return re.sub(r"/\*.*?\*/|//[^\n]*", lambda m: re.sub(r"[^\n]", " ", m[0]),
                  src, flags=re.S)


def check_code(vocab, errors):
    # Names that are also the table's own keywords (kinds) or generic words
    # a front end may print are not API names in code.
    names = vocab.names() - vocab.keywords()
    checked = 0
    for d in CODE_DIRS:
        for root, dirs, files in os.walk(os.path.join(TOP, d)):
            dirs[:] = [x for x in dirs if x not in ("tests", "bench")]
            for f in files:
                if not f.endswith(CODE_EXT):
                    continue
                path = os.path.join(root, f)
                rel = os.path.relpath(path, TOP)
                src = strip_comments(open(path, encoding="utf-8",
                                          errors="replace").read())
                checked += 1
                for m in STRING.finditer(src):
                    if m[1] in names:
                        line = src.count("\n", 0, m.start()) + 1
                        errors.append("%s:%d: API name \"%s\" hard-coded; "
                                      "classify through vocab/kernel.vocab"
                                      % (rel, line, m[1]))
    return checked


def main():
    errors = []
    try:
        vocab = load_vocab(os.path.join(TOP, "vocab", "kernel.vocab"))
    except (OSError, VocabError) as e:
        print("drift: %s" % e, file=sys.stderr)
        return 1
    errors += duplicates(vocab)
    lists = check_cocci(vocab, errors)
    files = check_code(vocab, errors)
    for e in errors:
        print(e)
    print("drift: table %d names; %d Coccinelle lists checked; %d front-end "
          "source files scanned; %d problems"
          % (len(vocab.entries), lists, files, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
