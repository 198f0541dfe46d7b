#!/usr/bin/env python3
"""Front-end unit tests: the IR pgcheck-sparse builds for small programs.

Each tests/ir/*.c marks what its IR must hold, on the source line the event
must be placed at (so positions are tested too):

    free_page(x);	/* ir: call free_pages(x, 0) */

means `pgcheck-sparse --pgcheck-dump-ir` prints an event containing that text
whose position is this line of this file.  `/* ir-func: TEXT */` (any line)
needs a function header line containing TEXT; `/* ir-not: TEXT */` (any line)
forbids TEXT anywhere in the IR.

Usage: ir-test.py PGCHECK-SPARSE IR-DIR INCLUDE-DIR...
"""
import os
import re
import subprocess
import sys

MARK = re.compile(r"/\*\s*ir(-func|-not)?:\s*(.*?)\s*\*/")
POS = re.compile(r'\s@(?:"([^"]*)"|([^\s:]+)):(\d+):\d+\s*$')


def check(exe, path, includes):
    args = [exe, "--pgcheck-dump-ir", "-nostdinc"]
    for inc in includes:
        args += ["-I", inc]
    proc = subprocess.run(args + [path], capture_output=True, text=True)
    if proc.returncode != 0:
        return ["exit %d: %s" % (proc.returncode, proc.stderr.strip())]
    events = []		# (text, file, line)
    for ln in proc.stdout.splitlines():
        m = POS.search(ln)
        if m:
            events.append((ln[:m.start()].strip(), m.group(1) or m.group(2),
                           int(m.group(3))))
    real = os.path.realpath(path)
    errors = []
    for no, src in enumerate(open(path, encoding="utf-8"), 1):
        for m in MARK.finditer(src):
            kind, text = m.group(1), m.group(2)
            if kind == "-not":
                if text in proc.stdout:
                    errors.append("line %d: IR holds '%s'" % (no, text))
            elif kind == "-func":
                if not any(l.startswith("func ") and text in l
                           for l in proc.stdout.splitlines()):
                    errors.append("line %d: no function '%s'" % (no, text))
            elif not any(text in t and ln == no and
                         os.path.realpath(f) == real
                         for t, f, ln in events):
                near = [t for t, f, ln in events if ln == no]
                errors.append("line %d: no event '%s' here (line has: %s)"
                              % (no, text, "; ".join(near) or "nothing"))
    if errors:
        errors.append("IR was:\n" + proc.stdout)
    return errors


def main():
    exe, irdir, includes = sys.argv[1], sys.argv[2], sys.argv[3:]
    here = os.path.dirname(os.path.abspath(__file__))
    includes = [os.path.join(here, "..", "..", "tests", "include")] + includes
    files = sorted(f for f in os.listdir(irdir) if f.endswith(".c"))
    if not files:
        print("ir-test: no cases in %s" % irdir)
        return 1
    bad = 0
    for f in files:
        errs = check(exe, os.path.join(irdir, f), includes)
        print("%s: %s" % ("FAIL" if errs else "ok", f))
        for e in errs:
            print("  " + e.replace("\n", "\n  "))
        bad += bool(errs)
    print("ir-test: %d of %d cases pass" % (len(files) - bad, len(files)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
