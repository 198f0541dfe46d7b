#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Run one hostile input through one engine and check the exact outcome.

    run.py --tool ENGINE=PATH [--tool ...] [--src DIR] CASE ENGINE

ENGINE is ir (pgcheck-ir), clang, sparse, cocci (their adapters,
docs/corpus.md) or driver (pgcheck, running the sparse engine).  Each case
states its exit status, the messages (with FILE:LINE where there is a line)
and the findings, exactly: every `expect: RULE` marker in the generated
input is reported, nothing else is.  `run.py --list` prints the case x
engine pairs (CMakeLists.txt registers one ctest per pair).  Exit 0 pass,
1 fail, 77 skipped (an engine this build does not have).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

FINDING = re.compile(r"^(.+?):(\d+):\d+(?:-\d+)?: (?:warning: )?.*"
                     r"\[pgcheck-([a-z-]+)\]$")
C_ENGINES = ("clang", "sparse", "cocci")
ALL = ("ir",) + C_ENGINES + ("driver",)
FRONT_ENDS = ("ir", "clang", "sparse", "driver")


class Fail(Exception):
    pass


class Ctx:
    def __init__(self, engine, tools, src, tmp):
        self.engine, self.tools, self.src, self.tmp = engine, tools, src, tmp
        self.ir = engine == "ir"

    def write(self, name, text, mode=None):
        path = os.path.join(self.tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def generated(self, name, shape, *sizes):
        ext = ".ir" if self.ir else ".c"
        return self.write(name + ext, gen.generate(shape, *sizes, ir=self.ir))

    def cmd(self, *args, inputs_are_c=True):
        """The engine's command line for args (options and files)."""
        inc = ["-I", os.path.join(self.src, "tests/include"),
               "-I", os.path.join(self.src, "include")]
        tool = self.tools[self.engine]
        if self.engine == "ir":
            return [tool] + list(args)
        if self.engine == "driver":
            return [tool, "--engine=sparse", "--no-progress"] + inc + \
                list(args)
        return [tool] + inc + list(args)


def expected_findings(*paths):
    want = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                m = re.search(r"expect: ([a-z, -]+)", line)
                for rule in (m.group(1).split(",") if m else []):
                    if rule.strip():
                        want.add((os.path.realpath(path), n, rule.strip()))
    return want


def run(ctx, argv, env=None, wrap=()):
    try:
        p = subprocess.run(list(wrap) + argv, cwd=ctx.tmp, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        raise Fail("cannot run %s: %s" % (argv[0], e))
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    found = set()
    for line in (out + err).splitlines():
        m = FINDING.match(line)
        if m:
            found.add((os.path.realpath(os.path.join(ctx.tmp, m.group(1))),
                       int(m.group(2)), m.group(3)))
    print("$ %s\n[exit %d]\n%s%s" % (" ".join(argv), p.returncode, out, err))
    return p.returncode, out, err, found


def check(ctx, argv, status, findings=(), messages=(), **kw):
    rc, out, err, found = run(ctx, argv, **kw)
    if rc != status:
        raise Fail("exit %d, want %d" % (rc, status))
    want = set(findings)
    if found != want:
        raise Fail("findings differ: missing %s, extra %s"
                   % (sorted(want - found), sorted(found - want)))
    for pat in messages:
        if not re.search(pat, out + err, re.M):
            raise Fail("no message matching %r" % pat)
    return out + err


# ---- The cases: each takes a Ctx and raises Fail ---------------------------

def generated_case(shape, *sizes, messages=()):
    """A generated input: exactly its inline expectations, exit 1."""
    def case(ctx):
        path = ctx.generated("input", shape, *sizes)
        check(ctx, ctx.cmd(path), 1, expected_findings(path),
              messages=messages)
    return case


def bound_case(shape, size, message):
    """A bound of the analysis is hit: the findings inside it, and the
    message saying so (a `past-bound` line is a stated miss)."""
    def case(ctx):
        path = ctx.generated("input", shape, size)
        check(ctx, ctx.cmd(path), 1, expected_findings(path),
              messages=[r"pgcheck: limit: .*input\.(ir|c):\d+: " + message])
    return case


def case_cocci_timeout(ctx):
    """Coccinelle's matching explodes on 512 if/else diamonds in a row: the
    adapter's per-file --timeout stops it and says the file was not
    checked (never a silent "no findings")."""
    path = ctx.generated("input", "blocks", 512)
    check(ctx, ctx.cmd("--timeout", "5", path), 2,
          messages=[r"spatch did not finish .*input\.c within 5 s "
                    r"\(--timeout\); the file was NOT checked"])


def case_unparsable(ctx):
    if ctx.ir:
        path = ctx.write("bad.ir", "func ok()\nbb0:\n  ret\nend\n"
                         "func broken(p\nbb0:\n  ret\nend\n")
        line = 5
    else:
        path = ctx.write("bad.c", "int ok(void)\n{\n\treturn 0;\n}\n\n"
                         "int broken(int x\n{\n\treturn x;\n}\n")
        # The parsers stop at the missing ")" (6) or at the "{" (7); the
        # driver shows the engine's last message (the "}" closing it, 9).
        line = "[679]"
    name = re.escape(os.path.basename(path))
    check(ctx, ctx.cmd(path), 2,
          messages=[r"%s:%s\b|%s.*line %s" % (name, line, name, line)])


def case_empty(ctx):
    path = ctx.write("empty.ir" if ctx.ir else "empty.c", "")
    msgs = [r"1 files?.*0 findings"] if ctx.engine == "driver" else []
    out = check(ctx, ctx.cmd(path), 0, messages=msgs)
    if ctx.engine != "driver" and out.strip():
        raise Fail("an empty file printed something")


def case_missing(ctx):
    path = os.path.join(ctx.tmp, "no-such-file" + (".ir" if ctx.ir
                                                   else ".c"))
    check(ctx, ctx.cmd(path), 2,
          messages=[r"no-such-file\.(ir|c).*(No such file|not found|"
                    r"no such file)|(No such file|no such file).*"
                    r"no-such-file"])


def case_unreadable(ctx):
    """Mode 000; as root, the engine runs as nobody (root reads anything)."""
    path = ctx.write("secret.ir" if ctx.ir else "secret.c",
                     "int x;\n" if not ctx.ir else "")
    os.chmod(path, 0)
    wrap = ()
    if os.geteuid() == 0:
        os.chmod(ctx.tmp, 0o755)
        wrap = ("setpriv", "--reuid=65534", "--regid=65534",
                "--clear-groups", "--")
    # clang says only "error reading 'FILE'".
    check(ctx, ctx.cmd(path), 2, wrap=wrap,
          messages=[r"secret\.(ir|c).*[Pp]ermission denied|"
                    r"[Pp]ermission denied.*secret|error reading '.*secret"])


def case_odd_names(ctx):
    """Spaces, non-ASCII and a leading dash-free odd name: the finding names
    the file exactly."""
    path = ctx.generated("dir with space/ünïcödé file €", "blocks", 3)
    check(ctx, ctx.cmd(path), 1, expected_findings(path))


def case_odd_option_paths(ctx):
    """A config file and an include directory whose paths hold spaces and
    non-ASCII: each reaches the engine as one argument."""
    src = ctx.generated("dir with space/input", "blocks", 3)
    cfg = ctx.write("cönfig dir/my config.vocab", "noalloc hostile_blocks\n")
    inc = os.path.join(ctx.tmp, "inc dir ü")
    os.makedirs(inc)
    want = expected_findings(src)
    want |= {(f, line, "alloc-in-noalloc") for f, line, _ in want}
    extra = [] if ctx.ir else ["-I", inc]
    check(ctx, ctx.cmd(*(extra + ["--config", cfg, src])), 1, want)


def case_symlink_loop(ctx):
    """The driver scans a directory holding a symlink to itself: each file
    once, the loop named, and it ends."""
    path = ctx.generated("tree/a", "blocks", 3)
    tree = os.path.join(ctx.tmp, "tree")
    # Two links back up: the walk would branch at every level.
    os.symlink("..", os.path.join(tree, "up"))
    os.symlink(".", os.path.join(tree, "self"))
    # A loop of links that resolves to nothing.
    os.symlink("loop2", os.path.join(tree, "loop1"))
    os.symlink("loop1", os.path.join(tree, "loop2"))
    check(ctx, ctx.cmd(tree), 1, expected_findings(path),
          messages=[r"1 file,", r"tree/self: directory already scanned",
                    r"tree/up/tree: directory already scanned",
                    r"tree/loop1: Too many levels of symbolic links"])


BAD_CONFIGS = {
    # name: (text, line of the error, message)
    "unknown-key": ("noalloc my_helper\nalloc my_alloc gfp=2 colour=red\n",
                    2, r"(unknown key|key) 'colour'( not allowed)?"),
    "duplicate-key": ("alloc my_alloc gfp=2 gfp=3\n", 1,
                      r"key 'gfp' given twice"),
    "bad-syntax": ("noalloc my_helper\n\nalloc my_alloc gfp\n", 3,
                   r"(expected key=value|is not key=value)"),
}


def config_case(kind):
    def case(ctx):
        text, line, msg = BAD_CONFIGS[kind]
        cfg = ctx.write("bad.vocab", text)
        src = ctx.generated("input", "blocks", 2)
        check(ctx, ctx.cmd("--config", cfg, src), 2,
              messages=[r"bad\.vocab:%d:.*%s" % (line, msg)])
    return case


def case_config_duplicate_name(ctx):
    """A name twice in one config file is an error naming both lines; a
    later file's line for a name replaces an earlier one
    (docs/vocabulary.md): noalloc in the first file, may-alloc in the
    second, so the function's allocations are not alloc-in-noalloc."""
    src = ctx.generated("input", "blocks", 2)
    cfg = ctx.write("dup.vocab", "noalloc hostile_blocks\n"
                    "may-alloc hostile_blocks\n")
    check(ctx, ctx.cmd("--config", cfg, src), 2,
          messages=[r"dup\.vocab:2:.*hostile_blocks already defined at line 1"])
    first = ctx.write("first.vocab", "noalloc hostile_blocks\n")
    second = ctx.write("second.vocab", "may-alloc hostile_blocks\n")
    check(ctx, ctx.cmd("--config", first, "--config", second, src), 1,
          expected_findings(src))
    # The control: the noalloc line alone is in force.
    rc, _, _, found = run(ctx, ctx.cmd("--config", first, src))
    if not any(r == "alloc-in-noalloc" for _, _, r in found):
        raise Fail("the control (noalloc alone) reports no alloc-in-noalloc")


def case_option_twice(ctx):
    """Repeatable options add up; a single-valued one given twice is a
    usage error naming it."""
    src = ctx.generated("input", "blocks", 2)
    ok = ctx.write("ok.vocab", "noalloc my_helper\n")
    bad = ctx.write("bad.vocab", "frobnicate my_helper\n")
    # --config twice: both are loaded (the second one is bad, so exit 2).
    for first, second in ((ok, bad), (bad, ok)):
        check(ctx, ctx.cmd("--config", first, "--config", second, src), 2,
              messages=[r"bad\.vocab:1"])
    check(ctx, ctx.cmd("--config", ok, "--config", ok, src), 1,
          expected_findings(src))
    if ctx.engine == "driver":
        check(ctx, ctx.cmd("--format=json", "--format=sarif", src), 2,
              messages=[r"--format.*given twice"])
        check(ctx, ctx.cmd("-o", "a.txt", "-o", "b.txt", src), 2,
              messages=[r"-o.*given twice"])
    elif ctx.engine == "ir":
        # Two input files: pgcheck-ir checks one file.
        check(ctx, ctx.cmd(src, src), 2, messages=[r"one FILE|usage"])
    elif ctx.engine == "sparse":
        # pgcheck-sparse, like sparse, checks every file it is given.
        check(ctx, ctx.cmd(src, src), 1, expected_findings(src))
    else:
        check(ctx, ctx.cmd(src, src), 2, messages=[r"one FILE|one file"])


CASES = {
    # name: (function, engines it applies to)
    "huge-function": (generated_case("bxf", 3400, 200), FRONT_ENDS),
    "many-blocks": (generated_case("blocks", 5000), FRONT_ENDS),
    "nested-loops-gotos": (generated_case("nest", 100), ALL),
    # The note names the call chain with its middle elided: the text of a
    # chain of depth D is not O(D), or a chain costs O(D^2).
    "call-chain": (generated_case(
        "chain", 500, messages=[r"allocation here \(f0 -> f1 -> f2 -> f3 "
                                r"-> f4 -> f5 -> \.\.\. -> f496 -> f497 -> "
                                r"f498 -> f499 -> kmalloc\)"]), FRONT_ENDS),
    "recursion": (generated_case("cycle", 6), FRONT_ENDS),
    "recursion-long-cycle": (generated_case("cycle", 60), FRONT_ENDS),
    "many-functions": (generated_case("tu", 2000), FRONT_ENDS),
    "deep-lock-nesting": (bound_case("locknest", 40, r"in hostile_locknest,"
                                     r" spin atomic sections nest deeper"),
                          FRONT_ENDS),
    "recursion-not-settling": (bound_case(
        "lockrec", 0, r"the summaries of the recursive function "
        r"hostile_lockrec \(cycle of 1\) did not settle in 8 rounds"),
        FRONT_ENDS),
    "cocci-timeout": (case_cocci_timeout, ("cocci",)),
    "unparsable": (case_unparsable, ALL),
    "empty-file": (case_empty, ALL),
    "missing-file": (case_missing, ALL),
    "unreadable-file": (case_unreadable, ALL),
    "odd-file-names": (case_odd_names, ALL),
    "odd-option-paths": (case_odd_option_paths, ALL),
    "symlink-loop": (case_symlink_loop, ("driver",)),
    "config-unknown-key": (config_case("unknown-key"), ALL),
    "config-duplicate-key": (config_case("duplicate-key"), ALL),
    "config-duplicate-name": (case_config_duplicate_name, ALL),
    "config-bad-syntax": (config_case("bad-syntax"), ALL),
    "option-twice": (case_option_twice, ALL),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", action="append", default=[])
    ap.add_argument("--src", default=os.path.dirname(os.path.dirname(HERE)))
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("case", nargs="?")
    ap.add_argument("engine", nargs="?")
    a = ap.parse_args()
    if a.list:
        for name, (_, engines) in CASES.items():
            for e in engines:
                print("%s|%s" % (name, e))
        return 0
    if a.case not in CASES or a.engine not in CASES[a.case][1]:
        ap.error("no case %s for engine %s" % (a.case, a.engine))
    tools = dict(t.split("=", 1) for t in a.tool)
    if not tools.get(a.engine):
        print("skipped: engine %s is not built" % a.engine)
        return 77
    tmp = tempfile.mkdtemp(prefix="pgcheck-hostile-")
    try:
        CASES[a.case][0](Ctx(a.engine, tools, os.path.abspath(a.src), tmp))
    except Fail as e:
        print("FAIL: %s %s: %s" % (a.case, a.engine, e))
        return 1
    finally:
        if a.keep:
            print("kept %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print("ok: %s %s" % (a.case, a.engine))
    return 0


if __name__ == "__main__":
    sys.exit(main())
