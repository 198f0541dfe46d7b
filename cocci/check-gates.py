#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Check that spatch can skip files with every pgcheck semantic patch.

spatch parses only the files holding the names a semantic patch requires
(its "grep query").  A single rule that requires none, e.g. a rule that does
not depend on the script's `gate`, makes it parse every file of the tree:
several times slower on the kernel, with the same findings.  This runs
`spatch -D MODE --parse-cocci` on each script in each mode and fails when
one has no grep query.

    check-gates.py [--spatch PROG] [SCRIPT.cocci ...]   (default: cocci/*.cocci)

Exit status: 0 every script has a query, 1 some has none, 2 spatch failed.
"""

import argparse
import os
import subprocess
import sys

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
    for sp in scripts:
        for mode in MODES:
            res = subprocess.run([args.spatch, "-D", mode, "--parse-cocci",
                                  sp], stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT,
                                 universal_newlines=True)
            if res.returncode != 0:
                print("check-gates: spatch failed on %s:\n%s"
                      % (sp, res.stdout[-1000:]), file=sys.stderr)
                return 2
            if "\nGrep query\n" not in res.stdout:
                print("%s: -D %s: no grep query, spatch would parse every "
                      "file (a rule that does not depend on the gate?)"
                      % (os.path.basename(sp), mode))
                bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main())
