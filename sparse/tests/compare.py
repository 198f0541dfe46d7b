#!/usr/bin/env python3
"""The sparse and clang front ends must report the same findings.

Runs both engine adapters (docs/corpus.md) on every corpus case and variant
and compares the findings (line, rule) in the case file.  A difference is
allowed only where the corpus declares it: an expected finding that one
engine misses, with `/* known-miss(ENGINE): reason */` on that line.  Any
other difference, and any tool error, fails.  Exit 77 (skipped) when the
clang front end is not built.

Usage: compare.py --sparse ADAPTER --clang ADAPTER --cases DIR -I INC ...
"""
import argparse
import concurrent.futures
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "tests"))
from conformance import run_adapter  # noqa: E402
from expectations import parse_case  # noqa: E402

def run(adapter, case, flags, includes):
    """The (line, rule) findings of one adapter run in the case file."""
    findings, err = run_adapter(adapter, case, flags, includes)
    if err:
        return None, err
    real = os.path.realpath(case.path)
    return {(line, rule) for f, line, rule in findings if f == real}, None


def compare(args, path):
    case = parse_case(path)
    variants = case.variants.items() or [("default", [])]
    lines = []
    ok = True
    for name, flags in variants:
        res = {}
        for eng in ("sparse", "clang"):
            res[eng] = run(getattr(args, eng), case, flags, args.include)
        errs = ["%s %s" % (e, r[1]) for e, r in res.items() if r[1]]
        if errs:
            lines.append("%s [%s]: tool error: %s" % (path, name,
                                                        "; ".join(errs)))
            ok = False
            continue
        s, c = res["sparse"][0], res["clang"][0]
        for only, eng, other in ((s - c, "clang", "sparse"),
                                 (c - s, "sparse", "clang")):
            for line, rule in sorted(only):
                why = case.known_miss.get((line, eng))
                if why:
                    lines.append("%s:%d [%s]: %s only from %s: known "
                                 "limitation of %s: %s"
                                 % (path, line, name, rule, other, eng, why))
                else:
                    lines.append("%s:%d [%s]: DIFFERENCE: %s only from %s"
                                 % (path, line, name, rule, other))
                    ok = False
    return ok, lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sparse", required=True)
    ap.add_argument("--clang", default="")
    ap.add_argument("--cases", required=True)
    ap.add_argument("-I", dest="include", action="append", default=[])
    ap.add_argument("-j", type=int, default=2)
    args = ap.parse_args()
    if not args.clang:
        print("compare: the clang front end is not built: skipped")
        return 77
    paths = sorted(os.path.join(args.cases, f)
                   for f in os.listdir(args.cases) if f.endswith(".c"))
    if not paths:
        print("compare: no cases in %s" % args.cases)
        return 1
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        for path, (ok, lines) in zip(paths, pool.map(
                lambda p: compare(args, p), paths)):
            for ln in lines:
                print(ln)
            bad += not ok
    print("compare: %d cases, %d with unexplained differences or errors"
          % (len(paths), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
