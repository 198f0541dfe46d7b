#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Cost growth: each engine's CPU time and peak RSS against input size, with
the fitted exponent per series (log-log least squares).

    bench/growth/growth.py --tool ENGINE=PATH [...] [--series S[,S...]]
                           [--max-size N] [--sizes SERIES=N,N,...]
                           [--cocci-timeout SECONDS]
                           [--markdown FILE]

ENGINE: ir (pgcheck-ir on the IR form), clang, sparse, cocci (adapters).
NAME-base=COMMAND (e.g. sparse-base=.deps/sparse/sparse, "clang-base=clang-16
-fsyntax-only") runs the plain tool on the same C input, findings unchecked;
the fit then also gives the exponent of the engine's own cost, engine minus
base (what pgcheck adds to a build that runs the tool anyway).
Inputs come from tests/hostile/gen.py, so every measured run also checks
its findings (a run that loses its expected findings is marked "WRONG").
Series (x = what grows):
  blocks   one function, x basic blocks (if/else diamonds), 1 lock
  facts    one function, x page tables + x locks, 64 diamonds
  bxf      x = blocks x tables, both doubling
  chain    helper call chain of depth x
  cycle    the same chain closed into one recursive cycle of x functions
  tu       x functions of 26 blocks in one translation unit
CPU time and peak RSS are the child's (and its waited-for children's) from
wait4(); a cocci run past --cocci-timeout is killed and shown as ">T".
The exponent b of time = a * x^b is fitted over the series' points, and
over its last three ("tail"), where fixed start-up costs no longer hide
growth.  b near 1 is linear.
"""

import argparse
import math
import os
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(SRC, "tests", "hostile"))
import gen  # noqa: E402
import run as hostile  # noqa: E402

SERIES = {
    # name: (sizes, gen shape, args of a size, blocks of a size)
    "blocks": ([1024, 2048, 4096, 8192, 16384], "blocks",
               lambda x: (x // 3,)),
    "facts": ([10, 25, 50, 100, 200, 400, 800], "facts", lambda x: (x,)),
    "bxf": ([1024 * 8, 2048 * 16, 4096 * 32, 8192 * 64, 16384 * 128], "bxf",
            lambda x: (int(math.sqrt(x * 128)) // 3,
                       int(math.sqrt(x / 128)))),
    "chain": ([10, 100, 500, 1000, 2000, 4000, 8000], "chain", lambda x: (x,)),
    "cycle": ([10, 100, 500, 1000, 2000, 4000, 8000], "cycle", lambda x: (x,)),
    "tu": ([100, 250, 500, 1000, 2000, 4000], "tu", lambda x: (x,)),
}


def loglog(points):
    """Exponent b of y = a x^b by least squares on logs; None if < 2."""
    pts = [(math.log(x), math.log(y)) for x, y in points if x > 0 and y > 0]
    if len(pts) < 2:
        return None
    n = len(pts)
    mx = sum(p[0] for p in pts) / n
    my = sum(p[1] for p in pts) / n
    sxx = sum((p[0] - mx) ** 2 for p in pts)
    sxy = sum((p[0] - mx) * (p[1] - my) for p in pts)
    return sxy / sxx if sxx else None


def run_one(argv, cwd, timeout):
    t0 = time.monotonic()
    p = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, start_new_session=True)
    chunks = []
    deadline = t0 + timeout if timeout else None
    os.set_blocking(p.stdout.fileno(), False)
    while True:
        try:
            data = p.stdout.read()
        except BlockingIOError:
            data = None
        if data:
            chunks.append(data)
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if deadline and time.monotonic() > deadline:
            os.killpg(p.pid, signal.SIGKILL)
            os.wait4(p.pid, 0)
            return None
        time.sleep(0.02)
    rest = p.stdout.read()
    if rest:
        chunks.append(rest)
    return {"cpu": ru.ru_utime + ru.ru_stime,
            "wall": time.monotonic() - t0,
            "rss": ru.ru_maxrss / 1024.0,
            "status": os.waitstatus_to_exitcode(status),
            "out": b"".join(chunks).decode("utf-8", "replace")}


def findings_ok(path, out, cwd):
    want = hostile.expected_findings(path)
    got = set()
    for line in out.splitlines():
        m = hostile.FINDING.match(line)
        if m:
            got.add((os.path.realpath(os.path.join(cwd, m.group(1))),
                     int(m.group(2)), m.group(3)))
    return got == want


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tool", action="append", default=[])
    ap.add_argument("--series", default=",".join(SERIES))
    ap.add_argument("--max-size", type=int, default=0)
    ap.add_argument("--sizes", action="append", default=[],
                    help="SERIES=N,N,... instead of the series' sizes")
    ap.add_argument("--cocci-timeout", type=float, default=120)
    ap.add_argument("--markdown")
    a = ap.parse_args()
    tools = dict(t.split("=", 1) for t in a.tool)
    inc = ["-I", os.path.join(SRC, "tests/include"),
           "-I", os.path.join(SRC, "include")]
    tmp = tempfile.mkdtemp(prefix="pgcheck-growth-")
    for spec in a.sizes:
        name, _, sizes = spec.partition("=")
        SERIES[name] = ([int(x) for x in sizes.split(",")],) + \
            SERIES[name][1:]
    rows, fits = [], []
    for name in a.series.split(","):
        sizes, shape, args = SERIES[name]
        series_pts = {}
        for engine, tool in tools.items():
            pts_cpu, pts_rss = [], []
            for x in sizes:
                if a.max_size and x > a.max_size:
                    continue
                ir = engine == "ir"
                path = os.path.join(tmp, "%s-%d.%s" % (name, x,
                                                       "ir" if ir else "c"))
                with open(path, "w") as f:
                    f.write(gen.generate(shape, *args(x), ir=ir))
                base = engine.endswith("-base")
                argv = ([tool, path] if ir else
                        tool.split() + inc + [path] if base else
                        [tool] + inc + [path])
                timeout = a.cocci_timeout if engine == "cocci" else 0
                r = run_one(argv, tmp, timeout)
                if r is None:
                    rows.append((name, engine, x, None))
                    print("%-6s %-6s %7d  >%.0fs (killed)"
                          % (name, engine, x, timeout), flush=True)
                    break	# larger sizes would time out too
                r["ok"] = r["status"] == 0 if base else \
                    r["status"] in (0, 1) and findings_ok(path, r["out"], tmp)
                rows.append((name, engine, x, r))
                pts_cpu.append((x, r["cpu"]))
                pts_rss.append((x, r["rss"]))
                print("%-6s %-6s %7d  cpu %8.3fs  wall %8.3fs  rss %7.1f MiB%s"
                      % (name, engine, x, r["cpu"], r["wall"], r["rss"],
                         "" if r["ok"] else "  WRONG"), flush=True)
            series_pts[engine] = pts_cpu
            fits.append((name, engine, loglog(pts_cpu),
                         loglog(pts_cpu[-3:]), loglog(pts_rss),
                         len(pts_cpu)))
            b = fits[-1]
            print("%-6s %-6s exponent: time %s (tail %s), rss %s"
                  % (name, engine, fmt(b[2]), fmt(b[3]), fmt(b[4])),
                  flush=True)
        for engine in tools:
            base = dict(series_pts.get(engine + "-base", []))
            own = [(x, t - base[x]) for x, t in series_pts.get(engine, [])
                   if x in base]
            if len(own) >= 2:
                fits.append((name, engine + " minus base", loglog(own),
                             loglog(own[-3:]), None, len(own)))
                print("%-6s %-6s own cost exponent: %s (tail %s)"
                      % (name, engine, fmt(fits[-1][2]),
                         fmt(fits[-1][3])), flush=True)
    if a.markdown:
        write_markdown(a.markdown, rows, fits, a)
    return 0


def fmt(b):
    return "-" if b is None else "%.2f" % b


def write_markdown(path, rows, fits, a):
    with open(path, "w") as f:
        f.write("| series | engine | size | CPU s | wall s | peak RSS MiB "
                "| findings |\n|---|---|---:|---:|---:|---:|---|\n")
        for name, engine, x, r in rows:
            if r is None:
                f.write("| %s | %s | %d | >%.0f (killed) | | | |\n"
                        % (name, engine, x, a.cocci_timeout))
                continue
            f.write("| %s | %s | %d | %.3f | %.3f | %.1f | %s |\n"
                    % (name, engine, x, r["cpu"], r["wall"], r["rss"],
                       "as expected" if r["ok"] else "WRONG"))
        f.write("\n| series | engine | points | time exponent | tail (last "
                "3) | RSS exponent |\n|---|---|---:|---:|---:|---:|\n")
        for name, engine, b, tail, rss, n in fits:
            f.write("| %s | %s | %d | %s | %s | %s |\n"
                    % (name, engine, n, fmt(b), fmt(tail), fmt(rss)))


if __name__ == "__main__":
    sys.exit(main())
