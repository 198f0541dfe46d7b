#!/usr/bin/env python3
"""TEST FIXTURE ONLY -- not an engine, never installed or registered.

The driver tests run it (through symlinks named fixture-clang,
fixture-sparse, fixture-cocci) to test merging, output formats, baseline and
diff filtering with findings fixed in advance.  It speaks the adapter
interface of docs/corpus.md and prints what markers in the file (and in the
headers it #includes with quotes) ask for:

  /* fixture(clang,sparse): RULE MESSAGE */     a finding on this line
  /* fixture-note(clang): LINE MESSAGE */       a note for the finding above
  /* fixture-fix(clang): L1:C1-L2:C2 TEXT */    a clang parseable fix-it
  /* fixture-fail(sparse) */                    this engine cannot parse it
"""
import os
import re
import sys

engine = os.path.basename(sys.argv[0]).removeprefix("fixture-")
args, path = sys.argv[1:], None
while args:
    a = args.pop(0)
    if a in ("--config", "-I", "-D", "-include"):
        args.pop(0)
    elif a == "--rt" or a.startswith(("-I", "-D")):
        pass
    elif a.startswith("-"):
        print("fixture-%s: unknown option %s" % (engine, a), file=sys.stderr)
        sys.exit(2)
    else:
        path = a
if os.environ.get("FIXTURE_ARGS_LOG"):
    import json
    with open(os.environ["FIXTURE_ARGS_LOG"], "a") as log:
        log.write(json.dumps({"cwd": os.getcwd(), "argv": sys.argv}) + "\n")
if not path or not os.path.isfile(path):
    print("fixture-%s: no readable file" % engine, file=sys.stderr)
    sys.exit(2)

MARK = re.compile(r"fixture(-note|-fix|-fail)?\(([a-z,]+)\)(?::\s*(.*?))?\s*\*/")


def mine(engines):
    return engine in engines.split(",")


text = open(path).read()
for m in MARK.finditer(text):
    if m[1] == "-fail" and mine(m[2]):
        print("%s:1:1: error: expected ';' after top level declarator" % path)
        sys.exit(2)
print("%s:1:1: warning: an ordinary compiler warning [-Wfixture]" % path)

files = [path]
for inc in re.findall(r'^#include "(.*)"', text, re.M):
    files.append(os.path.join(os.path.dirname(path), inc))
found = False
for f in files:
    for n, line in enumerate(open(f), 1):
        m = MARK.search(line)
        if not m or not mine(m[2]):
            continue
        col = len(line) - len(line.lstrip()) + 1
        if m[1] is None:
            rule, _, msg = m[3].partition(" ")
            found = True
            if engine == "cocci":
                print("%s:%d:%d-%d: %s [pgcheck-%s]" % (f, n, col - 1,
                                                        col + 3, msg, rule))
            else:
                print("%s:%d:%d: warning: %s [pgcheck-%s]" % (f, n, col,
                                                              msg, rule))
        elif m[1] == "-note":
            at, _, msg = m[3].partition(" ")
            print("%s:%s:2: note: %s" % (f, at, msg))
        elif m[1] == "-fix":
            rng, _, txt = m[3].partition(" ")
            l1, c1, l2, c2 = re.split(r"[:-]", rng)
            print('fix-it:"%s":{%s:%s-%s:%s}:"%s"' % (f, l1, c1, l2, c2, txt))
sys.exit(1 if found else 0)
