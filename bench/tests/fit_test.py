#!/usr/bin/env python3
"""bench/fit.py on tables whose line is known, and on bad tables."""
import os, subprocess, sys, tempfile

fit = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fit.py")
fails = 0


def check(what, ok, out):
    global fails
    if not ok:
        fails += 1
        print("FAIL: %s\n%s" % (what, out))


def run(*tables):
    args = [sys.executable, fit]
    for i, t in enumerate(tables):
        f = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False)
        f.write(t)
        f.close()
        args += ["engine%d" % i, f.name]
    return subprocess.run(args, capture_output=True, text=True)


# Base 0.1 s a file; the engine adds exactly 2 ms a function.
rows = "".join("f%d.c\t0.100\t%.3f\t%d\n" % (n, 0.1 + 0.002 * n, n)
               for n in (10, 20, 40, 80, 160, 320, 640, 1280))
p = run(rows)
check("linear table: exit 0", p.returncode == 0, p.stdout + p.stderr)
check("linear table: overhead slope 2 ms/function",
      "overhead        = 2.000 ms/function x functions + 0.0 ms  (r = 1.00)"
      in p.stdout, p.stdout)
# Flat cost per function in every bin: linear growth.
check("linear table: 2 ms per function in each bin",
      p.stdout.count(" 2.000\n") == 4, p.stdout)

# Quadratic cost: the overhead per function rises from bin to bin.
rows = "".join("f%d.c\t0.100\t%.6f\t%d\n" % (n, 0.1 + 1e-5 * n * n, n)
               for n in (10, 20, 40, 80, 160, 320, 640, 1280))
p = run(rows)
per = [float(l.split()[-1]) for l in p.stdout.splitlines()
       if l.startswith("  ") and l.split()[-1][0].isdigit()
       and "-" in l.split()[0]]
check("quadratic table: rising cost per function",
      len(per) == 4 and per == sorted(per) and per[-1] > 10 * per[0],
      p.stdout)

p = run("a.c\t0.1\t0.2\n")
check("three columns: error", p.returncode != 0 and "4 tab-separated"
      in p.stderr, p.stdout + p.stderr)
p = run("a.c\t0.1\t0.2\t3\n")
check("one file: error", p.returncode != 0 and "fewer than two" in p.stderr,
      p.stdout + p.stderr)
p = subprocess.run([sys.executable, fit, "only-a-name"], capture_output=True,
                   text=True)
check("usage: error", p.returncode != 0 and "usage" in p.stderr, p.stderr)

print("fit_test: %s" % ("FAIL" if fails else "ok"))
sys.exit(1 if fails else 0)
