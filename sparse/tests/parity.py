#!/usr/bin/env python3
"""pgcheck-sparse prints exactly what sparse prints, plus its own findings.

Runs plain sparse and pgcheck-sparse with the same arguments on each file and
compares their output once pgcheck's findings (a `[pgcheck-RULE]` warning and
the `note:` lines after it) are taken out.  Both must succeed or both fail
(sparse's failure status 1 is 2 for pgcheck-sparse, a tool error).

Usage: parity.py SPARSE PGCHECK-SPARSE -I DIR ... FILE-OR-DIR ...
(a directory stands for its *.c files)
"""
import os
import re
import subprocess
import sys

NOTE = re.compile(r"^\S+:\d+:\d+: note: ")


def strip_findings(text):
    out, in_finding = [], False
    for ln in text.splitlines():
        if "[pgcheck-" in ln:
            in_finding = True
            continue
        if in_finding and NOTE.match(ln) and "in included file" not in ln:
            continue
        in_finding = False
        out.append(ln)
    return out


def main():
    sparse, pgs, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    flags, files = [], []
    it = iter(rest)
    for a in it:
        if a == "-I":
            flags += [a, next(it)]
        elif os.path.isdir(a):
            files += sorted(os.path.join(a, f) for f in os.listdir(a)
                            if f.endswith(".c"))
        else:
            files.append(a)
    bad = 0
    for f in files:
        cmd = ["-nostdinc"] + flags + [f]
        s = subprocess.run([sparse] + cmd, capture_output=True, text=True)
        p = subprocess.run([pgs] + cmd, capture_output=True, text=True)
        so = (s.stdout + s.stderr).splitlines()
        po = strip_findings(p.stdout + p.stderr)
        if so != po or (s.returncode == 0) != (p.returncode == 0):
            bad += 1
            print("DIFFERENT: %s (exit %d vs %d)" % (f, s.returncode,
                                                     p.returncode))
            for ln in sorted(set(so) ^ set(po)):
                print("  %s %s" % ("sparse only:" if ln in so else
                                   "pgcheck only:", ln))
    print("parity: %d files, %d differ" % (len(files), bad))
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
