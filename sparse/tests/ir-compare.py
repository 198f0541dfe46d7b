#!/usr/bin/env python3
"""Compare the IR of the two front ends, function by function (a tool for
finding front-end differences before they show up as different findings).

For each corpus case, dumps the IR with pgcheck-sparse --pgcheck-dump-ir and
pgcheck-clang --dump-ir=-, and for every function both translated compares
the multisets of events (calls, assignments, returns), with call ids,
positions, spellings (`as NAME`), the renaming of shadowed locals and the
clang front end's `_anon` member names taken out; block layouts differ and
are not compared.  Prints the differences; exit 1 if there are any.

Usage: ir-compare.py PGCHECK-SPARSE PGCHECK-CLANG CASES-DIR [-I DIR ...]
"""
import collections
import os
import re
import subprocess
import sys


def events(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True)
    funcs, cur = collections.defaultdict(list), None
    for ln in (out.stdout + out.stderr).splitlines():
        m = re.match(r"^func (\w+)\(", ln)
        if m:
            cur = m.group(1)
            continue
        if ln.startswith("end"):
            cur = None
            continue
        if not cur or not ln.startswith("  "):
            continue
        t = re.sub(r"\s@\S+$", "", ln.strip())
        if t.startswith(("goto", "br ")) or t == "ret":
            continue
        t = re.sub(r"%\d+ = ", "", t)
        t = re.sub(r"%\d+", "%", t)
        t = re.sub(r"\$\d+", "", t)
        t = re.sub(r" as \w+$", "", t).replace("._anon", "")
        funcs[cur].append(t)
    return funcs


def main():
    sparse, clang, cases = sys.argv[1:4]
    flags = sys.argv[4:]
    diffs = 0
    for f in sorted(os.listdir(cases)):
        if not f.endswith(".c"):
            continue
        p = os.path.join(cases, f)
        s = events([sparse, "--pgcheck-dump-ir", "-nostdinc"] + flags + [p])
        c = events([clang, "--dump-ir=-", p, "--", "-nostdinc"] + flags)
        for fn in sorted(set(s) & set(c)):
            a, b = collections.Counter(s[fn]), collections.Counter(c[fn])
            if a != b:
                diffs += 1
                print("%s %s:\n  sparse only: %s\n  clang only:  %s"
                      % (f, fn, sorted((a - b).elements()),
                         sorted((b - a).elements())))
    print("ir-compare: %d functions differ" % diffs)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
