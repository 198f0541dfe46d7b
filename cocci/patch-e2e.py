#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""End-to-end test of the semantic patches' patch mode over the corpus.

    patch-e2e.py [--spatch PROG] [--cc PROG] CASE_DIR INCLUDE_DIR...

For every case with findings: run every script in patch mode (as
`make coccicheck MODE=patch` does), apply the generated diff with patch(1)
to a copy of the case, then check that
  - the patch applies and changes the file when there were fixable findings;
  - report mode on the patched copy finds, for every rule that patched,
    nothing new and nothing at a line the patch changed; findings of rules
    with no fix in SmPL may remain, never more of them than before;
  - the patched copy still compiles (cc -fsyntax-only -nostdinc -I ...).
Prints one line per case and a summary; exit 0 when all hold, 1 otherwise,
2 on bad input (e.g. no cases).
"""

import argparse
import concurrent.futures
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
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("cases")
    ap.add_argument("include", nargs="*")
    args = ap.parse_args()

    cases = sorted(f for f in os.listdir(args.cases) if f.endswith(".c")) \
        if os.path.isdir(args.cases) else []
    if not cases:
        print("patch-e2e: no cases in %s" % args.cases, file=sys.stderr)
        return 2
    # The rule scripts, one at a time (not their combination).
    scripts = sorted(os.path.join(HERE, f) for f in os.listdir(HERE)
                     if f.endswith(".cocci") and f != "pgcheck-all.cocci")
    incs = []
    for d in args.include:
        incs += ["-I", os.path.abspath(d)]

    def check(case):
        """Returns (patched, failure message or None, ok message)."""
        src = os.path.join(args.cases, case)
        if wants_rt(src):
            # GFP_ATOMIC is no fix under PREEMPT_RT: report only.
            return False, None, None
        tmp = tempfile.mkdtemp(prefix="pgcheck-e2e-")
        try:
            work = os.path.join(tmp, case)
            shutil.copy(src, work)
            before = findings(args.spatch, work)
            if before is None:
                return False, "report mode failed before patching", None
            fixed_rules = set()
            # Only scripts with findings have something to patch.
            for sp in scripts:
                if ("pgcheck-" + os.path.basename(sp)[:-6]
                        not in {f[0] for f in before}):
                    continue
                res = run([args.spatch, "-D", "patch", "--very-quiet",
                           "--macro-file", MACROS, "--no-includes",
                           "--include-headers", "--sp-file", sp, case],
                          cwd=tmp)
                if res.returncode != 0:
                    return False, ("spatch patch mode failed with %s:\n%s"
                                   % (os.path.basename(sp), res.stderr)), None
                if not res.stdout.strip():
                    continue
                # Apply each script's patch before the next one runs.
                ap_res = subprocess.run(["patch", "-p0", "-s", case],
                                        cwd=tmp, input=res.stdout,
                                        stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT,
                                        universal_newlines=True)
                if ap_res.returncode != 0:
                    return False, ("patch does not apply:\n%s%s"
                                   % (res.stdout, ap_res.stdout)), None
                fixed_rules.add("pgcheck-" + os.path.basename(sp)[:-6])
            if not fixed_rules:
                return False, None, None
            after = findings(args.spatch, work)
            if after is None:
                return True, "report mode failed after patching", None
            # A rule that patched: no finding at a changed line, none new.
            # Other rules: their findings may stay, never grow.
            new = sorted(f for f in after - before if f[0] in fixed_rules)
            for rule in {f[0] for f in after} - fixed_rules:
                if (sum(f[0] == rule for f in after)
                        > sum(f[0] == rule for f in before)):
                    new.append((rule, "more findings than before"))
            if new:
                return True, "findings after patch: %s" % new, None
            cc = run([args.cc, "-fsyntax-only", "-nostdinc"] + incs + [work])
            if cc.returncode != 0:
                return True, ("patched file does not compile:\n"
                              + cc.stderr), None
            return True, None, ("%d finding(s) -> %d after the patch"
                                % (len(before), len(after)))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    failed = patched = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for case, (did, err, msg) in zip(cases, pool.map(check, cases)):
            patched += did
            if err:
                failed += 1
                print("FAIL %s: %s" % (case, err))
            elif msg:
                print("ok   %s: %s" % (case, msg))
    print("patch-e2e: %d case(s), %d patched, %d failed"
          % (len(cases), patched, failed))
    if patched == 0 and failed == 0:
        print("patch-e2e: no case produced a patch", file=sys.stderr)
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
