#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Check that spatch skips files with every pgcheck semantic patch.

spatch parses only the files holding the names a semantic patch requires
(its file filter).  A single rule that requires none, e.g. a rule that does
not depend on the script's `gate`, makes it parse every file of the tree:
several times slower on the kernel, with the same findings.  So does a
filter formula too large for spatch, which then silently drops it (it
happened to pgcheck-all.cocci with literal gates for every name family).
This runs each script in each mode over a file that calls none of the
kernel APIs and fails unless spatch reports skipping it (--show-trying).

    check-gates.py [--spatch PROG] [SCRIPT.cocci ...]   (default: cocci/*.cocci)

Exit status: 0 every script skips the file, 1 some does not, 2 spatch failed.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MODES = ("report", "patch", "context", "org")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spatch", default="spatch")
    ap.add_argument("scripts", nargs="*")
    args = ap.parse_args()
    scripts = args.scripts or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE)
        if f.endswith(".cocci"))
    bad = 0
    with tempfile.TemporaryDirectory(prefix="pgcheck-gates-") as tmp:
        with open(os.path.join(tmp, "plain.c"), "w") as f:
            f.write("int plain(int x)\n{\n\treturn x + 1;\n}\n")
        for sp in scripts:
            for mode in MODES:
                res = subprocess.run([args.spatch, "-D", mode, "--quiet",
                                      "--show-trying", "--sp-file", sp,
                                      "--dir", tmp],
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT,
                                     universal_newlines=True)
                if res.returncode != 0:
                    print("check-gates: spatch failed on %s:\n%s"
                          % (sp, res.stdout[-1000:]), file=sys.stderr)
                    return 2
                if "Skipping: " not in res.stdout:
                    print("%s: -D %s: a file with none of its names is "
                          "parsed: no usable file filter (a rule that does "
                          "not depend on the gate, or a filter too large?)"
                          % (os.path.basename(sp), mode))
                    bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main())
