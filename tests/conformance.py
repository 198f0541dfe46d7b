#!/usr/bin/env python3
"""Conformance runner: score every built engine against the shared corpus.

Each engine is an adapter command with the interface of docs/corpus.md:

    ADAPTER [--config FILE] [--rt] [-DNAME ...] [-I DIR ...] FILE.c

The runner runs it on every case, compares the (file, line, rule) findings
with the inline expectations, prints a case x engine matrix and, with
--matrix, writes it as a Markdown coverage table.

Exit status: 0 every built engine conforms, 1 some case failed, 2 usage or
runner error, 77 no engine is built at all (ctest reports it as skipped).
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from expectations import parse_case  # noqa: E402

ENGINES = ("cocci", "clang", "sparse")
# Engines that see the source before preprocessing: both sides of an #ifdef.
SOURCE_ENGINES = {"cocci"}
FINDING = re.compile(
    r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+)(?:-\d+)?: "
    r"(?!note:)(?:(?:warning|error): )?(?P<msg>.*?)\s*"
    r"\[pgcheck-(?P<rule>[a-z-]+)\]\s*$")
TIMEOUT = 300


@dataclass
class Outcome:
    status: str = "pass"		# pass, known, miss, fp, error, stale
    details: list = field(default_factory=list)


def run_adapter(adapter, case, flags, includes):
    cmd = [adapter]
    if case.config:
        cmd += ["--config", case.config]
    if case.rt:
        cmd.append("--rt")
    cmd += flags
    for inc in includes:
        cmd += ["-I", inc]
    cmd.append(case.path)
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True,
                              timeout=TIMEOUT, errors="replace")
    except subprocess.TimeoutExpired:
        return None, "timed out after %d s" % TIMEOUT
    except OSError as e:
        return None, "cannot run %s: %s" % (adapter, e)
    out = proc.stdout + proc.stderr
    if proc.returncode not in (0, 1):
        tail = "\n".join(out.strip().splitlines()[-5:])
        return None, "exit %d: %s" % (proc.returncode, tail)
    findings = set()
    for line in out.splitlines():
        m = FINDING.match(line)
        if m:
            findings.add((os.path.realpath(m["file"]), int(m["line"]),
                          m["rule"]))
    if proc.returncode == 1 and not findings:
        return None, "exit 1 but no finding in the output"
    return findings, None


def judge(case, engine, runs):
    """Compare the runs of one engine on one case with its expectations."""
    out = Outcome()
    real = os.path.realpath(case.path)
    for variant, expected, result in runs:
        findings, err = result
        if err:
            out.status = "error"
            out.details.append("%s: %s" % (variant, err))
            continue
        got = {(line, rule) for f, line, rule in findings if f == real}
        for f, line, rule in sorted(findings):
            if f != real:
                out.details.append("%s: extra %s at %s:%d (outside the case)"
                                   % (variant, rule, f, line))
                out.status = "fp"
        for line, rule in sorted(got - expected):
            out.details.append("%s: false positive %s at line %d"
                               % (variant, rule, line))
            out.status = "fp"
        for line, rule in sorted(expected - got):
            reason = case.known_miss.get((line, engine))
            if reason:
                if out.status == "pass":
                    out.status = "known"
                out.details.append("%s: known limitation at line %d: %s"
                                   % (variant, line, reason))
            else:
                if out.status in ("pass", "known"):
                    out.status = "miss"
                out.details.append("%s: missed %s at line %d"
                                   % (variant, rule, line))
        for (line, eng), reason in case.known_miss.items():
            if eng == engine and any(ln == line for ln, _ in got & expected):
                if out.status in ("pass", "known"):
                    out.status = "stale"
                out.details.append("%s: line %d is found, but declared a "
                                   "known limitation of %s: remove it"
                                   % (variant, line, engine))
    return out


def check_case(case, engine, adapter, includes):
    runs = []
    if engine in SOURCE_ENGINES:
        runs.append(("all", case.expected_union(),
                     run_adapter(adapter, case, [], includes)))
    else:
        runs.append(("default", case.expected_for(None),
                     run_adapter(adapter, case, [], includes)))
        for name, flags in case.variants.items():
            runs.append((name, case.expected_for(name),
                         run_adapter(adapter, case, flags, includes)))
    return judge(case, engine, runs)


CELL = {"pass": "hit", "known": "known limitation", "miss": "MISS",
        "fp": "FALSE POSITIVE", "error": "ERROR", "stale": "STALE LIMITATION"}


def cell(case, outcome):
    if outcome is None:
        return "skipped"
    if outcome.status == "pass" and not case.has_expectations():
        return "clean"
    return CELL[outcome.status]


def write_matrix(path, suites, engines, results, skipped):
    lines = ["# Coverage: corpus case x engine", "",
             "Written by `tests/conformance.py` (ctest test `conformance`); "
             "do not edit by hand.", "",
             "hit: every expected finding, nothing else; clean: no "
             "expectation, no finding; known limitation: a miss the case "
             "declares for that engine, with its reason.", ""]
    for name, reason in skipped.items():
        lines.append("- engine `%s` skipped: %s" % (name, reason))
    lines.append("")
    cols = list(ENGINES)
    lines.append("| case | " + " | ".join(cols) + " |")
    lines.append("|---|" + "---|" * len(cols))
    for suite, cases in suites:
        for case in cases:
            row = []
            for e in cols:
                row.append(cell(case, results.get((case.path, e)))
                           if e in engines else "skipped")
            lines.append("| %s/%s | %s |" % (suite, os.path.basename(
                case.path), " | ".join(row)))
    lines.append("")
    lines.append("## Totals")
    lines.append("")
    for e in cols:
        if e not in engines:
            lines.append("- %s: skipped (%s)" % (e, skipped.get(e, "not built")))
            continue
        counts = {}
        for suite, cases in suites:
            for case in cases:
                c = cell(case, results[(case.path, e)])
                counts[c] = counts.get(c, 0) + 1
        lines.append("- %s: " % e + ", ".join(
            "%d %s" % (n, c) for c, n in sorted(counts.items())))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def collect(spec):
    """SUITE=DIR[:INCLUDE,...] -> (name, cases, includes)."""
    name, _, rest = spec.partition("=")
    directory, _, incs = rest.partition(":")
    includes = [i for i in incs.split(",") if i]
    cases = []
    for root, _, files in os.walk(directory):
        for f in sorted(files):
            if f.endswith(".c"):
                cases.append(parse_case(os.path.join(root, f)))
    cases.sort(key=lambda c: c.path)
    return name, cases, includes


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--engine", action="append", default=[],
                    metavar="NAME=ADAPTER", help="a built engine")
    ap.add_argument("--skip", action="append", default=[],
                    metavar="NAME=REASON", help="an engine that is not built")
    ap.add_argument("--suite", action="append", required=True,
                    metavar="NAME=DIR[:INC,...]", help="cases to check")
    ap.add_argument("--matrix", help="write the Markdown coverage table here")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="details for passing cases too")
    args = ap.parse_args()

    engines = {}
    for spec in args.engine:
        name, _, adapter = spec.partition("=")
        if name not in ENGINES or not adapter:
            ap.error("bad --engine %r (engines: %s)" % (spec, ", ".join(ENGINES)))
        engines[name] = adapter
    skipped = {}
    for spec in args.skip:
        name, _, reason = spec.partition("=")
        skipped[name] = reason or "not built"
    for e in ENGINES:
        if e not in engines and e not in skipped:
            skipped[e] = "not built"

    try:
        suites = [collect(s) for s in args.suite]
    except (OSError, ValueError) as e:
        print("conformance: %s" % e, file=sys.stderr)
        return 2
    for name, cases, _ in suites:
        if not cases:
            print("conformance: suite %s has no cases" % name, file=sys.stderr)
            return 2

    for e in ENGINES:
        if e in skipped:
            print("SKIPPED engine %s: %s" % (e, skipped[e]))
    if not engines:
        print("conformance: no engine is built; nothing was checked")
        if args.matrix:
            write_matrix(args.matrix, [(n, c) for n, c, _ in suites],
                         engines, {}, skipped)
        return 77

    results = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futs = {}
        for _, cases, includes in suites:
            for case in cases:
                for e, adapter in engines.items():
                    futs[pool.submit(check_case, case, e, adapter,
                                     includes)] = (case.path, e)
        for fut in concurrent.futures.as_completed(futs):
            results[futs[fut]] = fut.result()

    failed = 0
    width = max(len(os.path.basename(c.path)) for _, cs, _ in suites for c in cs)
    print("%-*s  %s" % (width + 10, "case", "  ".join("%-16s" % e for e in engines)))
    for name, cases, _ in suites:
        for case in cases:
            cells = []
            for e in engines:
                o = results[(case.path, e)]
                cells.append("%-16s" % cell(case, o))
                if o.status not in ("pass", "known"):
                    failed += 1
            print("%-*s  %s" % (width + 10, name + "/" + os.path.basename(
                case.path), "  ".join(cells)))
            for e in engines:
                o = results[(case.path, e)]
                if o.status not in ("pass",) or args.verbose:
                    for d in o.details:
                        print("    [%s] %s" % (e, d))
    total = sum(len(c) for _, c, _ in suites)
    for e in engines:
        bad = sum(1 for (p, en), o in results.items()
                  if en == e and o.status not in ("pass", "known"))
        known = sum(1 for (p, en), o in results.items()
                    if en == e and o.status == "known")
        print("engine %s: %d cases, %d conform, %d with known limitations, "
              "%d failing" % (e, total, total - bad - known, known, bad))
    if args.matrix:
        write_matrix(args.matrix, [(n, c) for n, c, _ in suites], engines,
                     results, skipped)
        print("matrix written to %s" % args.matrix)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
