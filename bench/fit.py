#!/usr/bin/env python3
"""Per-file cost against function count, from the PERFILE tables of
clang-plugin/bench.sh and sparse/bench.sh (path, base CPU s, engine CPU s,
functions).

    bench/fit.py NAME TABLE [NAME TABLE ...]

For each engine: a least-squares line of the engine's CPU seconds per file,
and of its overhead over the base tool (engine - base), against the number
of functions it translated; then the files in four bins by function count
with the overhead per function in each bin.  Flat overhead per function
across the bins means cost linear in functions; a rising one, superlinear.
"""
import sys


def fit(xs, ys):
    """Slope, intercept and correlation of the least-squares line."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    if sxx == 0:
        return 0.0, my, 0.0
    r = sxy / (sxx * syy) ** 0.5 if syy else 0.0
    return sxy / sxx, my - sxy / sxx * mx, r


def load(path):
    rows = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            p = line.split("\t")
            if len(p) != 4:
                sys.exit("fit: %s:%d: want 4 tab-separated columns" % (path, n))
            rows.append((p[0], float(p[1]), float(p[2]), int(p[3])))
    if len(rows) < 2:
        sys.exit("fit: %s: fewer than two files" % path)
    return rows


def report(name, rows):
    fn = [r[3] for r in rows]
    eng = [r[2] for r in rows]
    over = [r[2] - r[1] for r in rows]
    print("%s: %d files, %d functions (median %d per file, max %d)"
          % (name, len(rows), sum(fn), sorted(fn)[len(fn) // 2], max(fn)))
    for what, ys in (("CPU with engine", eng), ("overhead", over)):
        a, b, r = fit(fn, ys)
        print("  %-15s = %.3f ms/function x functions + %.1f ms  (r = %.2f)"
              % (what, a * 1e3, round(b * 1e3, 1) + 0.0, r))  # no "-0.0"
    rows = sorted(rows, key=lambda r: r[3])
    print("  %-16s %5s %9s %13s %15s" % ("functions", "files", "mean fn",
                                         "overhead ms", "ms per function"))
    for i in range(4):
        part = rows[i * len(rows) // 4:(i + 1) * len(rows) // 4]
        if not part:
            continue
        nf = sum(r[3] for r in part)
        ov = sum(r[2] - r[1] for r in part)
        print("  %-16s %5d %9.1f %13.1f %15s"
              % ("%d-%d" % (part[0][3], part[-1][3]), len(part),
                 nf / len(part), ov / len(part) * 1e3,
                 "%.3f" % (ov / nf * 1e3) if nf else "-"))


def main(argv):
    if len(argv) < 3 or len(argv) % 2 == 0:
        sys.exit("usage: fit.py NAME TABLE [NAME TABLE ...]")
    for i in range(1, len(argv), 2):
        report(argv[i], load(argv[i + 1]))


if __name__ == "__main__":
    main(sys.argv)
