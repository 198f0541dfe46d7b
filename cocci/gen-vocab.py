#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Write the vocabulary lists into pgcheck's semantic patches.

Every list of kernel API names in cocci/*.cocci is preceded by a marker

    // pgcheck-vocab: CATEGORY[+CATEGORY...] [key=value ...]

and is an SmPL declaration `identifier x = {a, b, c};` (it may span lines,
up to the closing `};`).  A token gate (a rule spatch uses to skip files
holding none of the names: it reads literal names, not identifier lists)
is preceded by

    // pgcheck-gate: CATEGORY[+CATEGORY...] [key=value ...]

and is an SmPL disjunction of names `\\(a\\|b\\|c\\)` (it may span lines,
up to the closing `\\)`), rewritten the same way.

This script rewrites each such list to hold exactly the names of those categories in vocab/kernel.vocab (and in any user config
given with --config), restricted to entries carrying every key=value of the
marker (an empty value, `zero=`, selects entries without that key), and
leaving out entries with `expands=`: Coccinelle sees the source
as written, not what the macros turn into.

    gen-vocab.py                 rewrite cocci/*.cocci in place
    gen-vocab.py --check         exit 1 (and show a diff) when they differ
    gen-vocab.py --config U --out DIR
                                 write regenerated copies with the user's
                                 entries merged into DIR (the adapter does this)

Exit status: 0 ok, 1 drift found by --check, 2 bad input.
"""

import argparse
import difflib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB_DIR = os.path.join(HERE, os.pardir, "vocab")
DEFAULT_VOCAB = os.path.join(VOCAB_DIR, "kernel.vocab")
sys.path.insert(0, VOCAB_DIR)
from pgcheck_vocab import (VocabError, load_vocab, parse_marker,  # noqa: E402
                           select)

MARKER = re.compile(
    r"^\s*//\s*pgcheck-(?P<kind>vocab|gate):\s*(?P<spec>.*?)\s*$")
LIST_HEAD = re.compile(r"^(\s*identifier\s+\w+\s*=\s*)\{")
GATE_HEAD = re.compile(r"^(.*?)\\\(")


class InputError(Exception):
    pass


def no_empty(names):
    # SmPL has no empty identifier list: keep a name no kernel defines so
    # the rule compiles and never matches.
    return names or ["__pgcheck_no_such_name"]


def wrap(first, pieces):
    """first + pieces joined by spaces, wrapped at 80 columns with tabs."""
    out, line = [], first
    for piece in pieces:
        if (len(line.expandtabs()) + 1 + len(piece) > 79
                and line != first):
            out.append(line)
            line = "\t" + piece
        else:
            line += ("" if line == first else " ") + piece
    out.append(line)
    return "\n".join(out)


def format_list(head, names, tail):
    """`identifier x = {a, b, c};` wrapped at 80 columns."""
    names = no_empty(names)
    pieces = [n + "," for n in names[:-1]] + [names[-1] + "};" + tail]
    return wrap(head + "{", pieces)


def format_gate(head, names, tail):
    """`\\(a\\|b\\|c\\)` wrapped at 80 columns."""
    names = no_empty(names)
    pieces = [n + "\\|" for n in names[:-1]] + [names[-1] + "\\)" + tail]
    return wrap(head + "\\(", pieces).replace("| ", "|")


# What follows each kind of marker: how the list starts and ends, what it
# looks like (for errors), and how it is written back.
FORMS = {
    "vocab": (LIST_HEAD, "};", "'identifier x = {...};'", format_list),
    "gate": (GATE_HEAD, "\\)", "'\\(name\\|...\\)'", format_gate),
}


def rewrite_list(lines, i, kind, names, out, where):
    """Rewrite the list starting at lines[i]; return the line after it."""
    head_re, closer, shape, render = FORMS[kind]
    head = head_re.match(lines[i]) if i < len(lines) else None
    if not head:
        raise InputError("%s:%d: marker not followed by %s"
                         % (where, i, shape))
    start = i
    while closer not in lines[i]:
        i += 1
        if i >= len(lines):
            raise InputError("%s:%d: list never closed with '%s'"
                             % (where, start + 1, closer))
    tail = lines[i].split(closer, 1)[1].rstrip("\n")
    out.append(render(head.group(1), names, tail) + "\n")
    return i + 1


def regenerate(text, vocab, where):
    lines = text.splitlines(keepends=True)
    out, i = [], 0
    while i < len(lines):
        m = MARKER.match(lines[i])
        out.append(lines[i])
        i += 1
        if not m:
            continue
        try:
            names = select(vocab, *parse_marker(m["spec"]))
        except VocabError as e:
            raise InputError("%s:%d: %s" % (where, i, e))
        i = rewrite_list(lines, i, m["kind"], names, out, where)
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vocab", default=DEFAULT_VOCAB)
    ap.add_argument("--config", action="append", default=[],
                    help="user config in the vocabulary format (merged)")
    ap.add_argument("--check", action="store_true",
                    help="fail when committed files differ from the table")
    ap.add_argument("--out", help="write regenerated files into this dir")
    ap.add_argument("files", nargs="*",
                    help="semantic patches (default: cocci/*.cocci)")
    args = ap.parse_args()

    files = args.files or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE)
        if f.endswith(".cocci"))
    try:
        vocab = load_vocab(args.vocab)
        for cfg in args.config:
            load_vocab(cfg, vocab)
        drift = False
        for path in files:
            try:
                with open(path, encoding="utf-8") as f:
                    old = f.read()
            except OSError as e:
                raise InputError("cannot read %s: %s" % (path, e.strerror))
            new = regenerate(old, vocab, path)
            if args.out:
                os.makedirs(args.out, exist_ok=True)
                dest = os.path.join(args.out, os.path.basename(path))
                with open(dest, "w", encoding="utf-8") as f:
                    f.write(new)
            elif args.check:
                if new != old:
                    drift = True
                    sys.stdout.writelines(difflib.unified_diff(
                        old.splitlines(True), new.splitlines(True),
                        path, path + " (from vocabulary)"))
            elif new != old:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(new)
    except (InputError, VocabError) as e:
        print("gen-vocab: error: %s" % e, file=sys.stderr)
        return 2
    if drift:
        print("gen-vocab: cocci lists differ from %s; run cocci/gen-vocab.py"
              % args.vocab, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
