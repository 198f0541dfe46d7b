#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""End-to-end test of the semantic patches' patch mode over the corpus.

    patch-e2e.py [--spatch PROG] [--cc PROG] CASE_DIR INCLUDE_DIR...

For every case with findings: run every script in patch mode (as
`make coccicheck MODE=patch` does), apply the generated diff with patch(1)
to a copy of the case, then check that
  - the patch applies and changes the file when there were fixable findings;
  - report mode on the patched copy finds nothing new, and nothing at a line
    the patch changed (findings with no fix in SmPL may remain, unchanged);
  - the patched copy still compiles (cc -fsyntax-only -nostdinc -I ...).
Prints one line per case and a summary; exit 0 when all hold, 1 otherwise,
2 on bad input (e.g. no cases).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ADAPTER = os.path.join(HERE, "pgcheck-cocci")
MACROS = os.path.join(HERE, "pgcheck-macros.h")
FINDING = re.compile(r"^(.+):(\d+):(\d+)-(\d+): .*\[(pgcheck-[a-z-]+)\]$")


def run(cmd, cwd=None):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True)


def findings(spatch, path):
    """{(rule, source text of the line)} from report mode, or None."""
    res = run([sys.executable, ADAPTER, "--spatch", spatch, path])
    if res.returncode not in (0, 1):
        print(res.stderr.strip())
        return None
    with open(path) as f:
        lines = f.read().split("\n")
    out = set()
    for line in res.stdout.splitlines():
        m = FINDING.match(line)
        if m:
            out.add((m.group(5), lines[int(m.group(2)) - 1].strip()))
    return out


def wants_rt(path):
    with open(path) as f:
        return "pgcheck-rt" in f.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spatch", default="spatch")
    ap.add_argument("--cc", default="gcc")
    ap.add_argument("cases")
    ap.add_argument("include", nargs="*")
    args = ap.parse_args()

    cases = sorted(f for f in os.listdir(args.cases) if f.endswith(".c")) \
        if os.path.isdir(args.cases) else []
    if not cases:
        print("patch-e2e: no cases in %s" % args.cases, file=sys.stderr)
        return 2
    scripts = sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                     if f.endswith(".cocci"))
    incs = []
    for d in args.include:
        incs += ["-I", os.path.abspath(d)]

    failed = patched = 0
    tmp = tempfile.mkdtemp(prefix="pgcheck-e2e-")
    try:
        for case in cases:
            src = os.path.join(args.cases, case)
            if wants_rt(src):
                # GFP_ATOMIC is no fix under PREEMPT_RT: report only.
                continue
            work = os.path.join(tmp, case)
            shutil.copy(src, work)
            before = findings(args.spatch, work)
            if before is None:
                print("FAIL %s: report mode failed before patching" % case)
                failed += 1
                continue
            diff = ""
            for sp in scripts:
                res = run([args.spatch, "-D", "patch", "--very-quiet",
                           "--macro-file", MACROS, "--no-includes",
                           "--include-headers", "--sp-file", sp, case],
                          cwd=tmp)
                if res.returncode != 0:
                    print("FAIL %s: spatch patch mode failed with %s:\n%s"
                          % (case, os.path.basename(sp), res.stderr))
                    failed += 1
                    diff = None
                    break
                if res.stdout.strip():
                    # Apply each script's patch before the next one runs.
                    ap_res = subprocess.run(["patch", "-p0", "-s", case],
                                            cwd=tmp, input=res.stdout,
                                            stdout=subprocess.PIPE,
                                            stderr=subprocess.STDOUT,
                                            universal_newlines=True)
                    if ap_res.returncode != 0:
                        print("FAIL %s: patch does not apply:\n%s%s"
                              % (case, res.stdout, ap_res.stdout))
                        failed += 1
                        diff = None
                        break
                    diff += res.stdout
            if diff is None:
                continue
            if not diff:
                continue
            patched += 1
            after = findings(args.spatch, work)
            new = (after - before) if after is not None else None
            cc = run([args.cc, "-fsyntax-only", "-nostdinc"] + incs + [work])
            if after is None or new or cc.returncode != 0:
                print("FAIL %s: %s" % (case, "report mode failed"
                                       if after is None else
                                       "findings after patch: %s" % sorted(new)
                                       if new else
                                       "patched file does not compile:\n"
                                       + cc.stderr))
                failed += 1
                continue
            print("ok   %s: %d finding(s) -> %d after the patch"
                  % (case, len(before), len(after)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("patch-e2e: %d case(s), %d patched, %d failed"
          % (len(cases), patched, failed))
    if patched == 0 and failed == 0:
        print("patch-e2e: no case produced a patch", file=sys.stderr)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
