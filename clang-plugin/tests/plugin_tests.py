#!/usr/bin/env python3
"""Tests of the pgcheck clang plugin, the pgcheck-clang tool and the adapter.

    plugin_tests.py --clang CLANG --plugin SO --tool EXE --adapter SH \
                    --top SRCDIR TEST

Expected findings are written in the inputs as comments on their line:
    /* FINDING: RULE */          always
    /* FINDING(TAG): RULE */     only when the test's TAG is on
Each test exits 0 on success, 1 with a message on failure.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "inputs")
DIAG = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<level>warning|error): .*\[pgcheck-(?P<rule>[a-z-]+)\]$",
                  re.M)
MARK = re.compile(r"FINDING(?:\((?P<tag>[a-z]+)\))?: (?P<rules>[a-z, -]+?) \*/")

A = None


class Failure(Exception):
    pass


def check(cond, what, out=""):
    if not cond:
        raise Failure(what + ("\n--- output ---\n" + out if out else ""))


def expected(path, tags=()):
    """{(line, rule)} from the FINDING markers of path."""
    want = set()
    with open(path) as f:
        for n, text in enumerate(f, 1):
            for m in MARK.finditer(text):
                if m["tag"] and m["tag"] not in tags:
                    continue
                for rule in m["rules"].split(","):
                    want.add((n, rule.strip()))
    return want


def findings(out, path=None, level=None):
    got = set()
    for m in DIAG.finditer(out):
        if path and os.path.realpath(m["file"]) != os.path.realpath(path):
            continue
        if level and m["level"] != level:
            continue
        got.add((int(m["line"]), m["rule"]))
    return got


def include_flags():
    return ["-nostdinc", "-I", os.path.join(A.top, "tests", "include"),
            "-I", os.path.join(A.top, "include")]


def clang(src, plugin_args=(), extra=(), syntax_only=True, cwd=None):
    cmd = [A.clang] + (["-fsyntax-only"] if syntax_only else []) + \
        include_flags() + ["-fno-color-diagnostics",
                           "-fplugin=" + A.plugin]
    cmd += ["-fplugin-arg-pgcheck-" + a for a in plugin_args]
    cmd += list(extra) + [src]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
    return p.returncode, p.stdout + p.stderr


def inp(name):
    return os.path.join(INPUTS, name)


def same(got, want, out, what):
    check(got == want, "%s: got %s, want %s" % (what, sorted(got),
                                                sorted(want)), out)


# ---- Tests ----------------------------------------------------------------

def test_finding():
    """A finding is a warning in clang's format; the object is still built."""
    src = inp("atomic.c")
    with tempfile.TemporaryDirectory() as d:
        obj = os.path.join(d, "atomic.o")
        rc, out = clang(src, extra=["-c", "-o", obj], syntax_only=False)
        check(rc == 0, "exit %d, want 0 (findings are warnings)" % rc, out)
        check(os.path.getsize(obj) > 0, "no object file produced", out)
    same(findings(out, src, "warning"), expected(src), out, "findings")


def test_werror():
    """werror: findings are errors and the compile fails."""
    src = inp("atomic.c")
    rc, out = clang(src, ["werror"])
    check(rc != 0, "exit 0 with werror and a finding", out)
    same(findings(out, src, "error"), expected(src), out, "errors")


def test_disable_enable():
    """disable=RULE silences a rule; disable=all then enable=RULE."""
    src = inp("atomic.c")
    rc, out = clang(src, ["disable=sleeping-alloc-in-atomic"])
    check(rc == 0, "exit %d" % rc, out)
    same(findings(out), set(), out, "with the rule disabled")
    rc, out = clang(src, ["disable=all", "enable=sleeping-alloc-in-atomic"])
    same(findings(out, src), expected(src), out, "re-enabled")
    rc, out = clang(src, ["disable=all"])
    same(findings(out), set(), out, "all disabled")


def test_rt():
    """rt: GFP_ATOMIC under a raw spinlock is a finding only in RT mode."""
    src = inp("rt.c")
    rc, out = clang(src)
    same(findings(out, src), expected(src), out, "without rt")
    rc, out = clang(src, ["rt"])
    same(findings(out, src), expected(src, ("rt",)), out, "with rt")
    check(expected(src, ("rt",)) != expected(src), "rt.c tests nothing")


def test_config():
    """config=FILE: a user vocabulary declaring a no-alloc function."""
    src = inp("noalloc.c")
    rc, out = clang(src)
    same(findings(out, src), expected(src), out, "without config")
    rc, out = clang(src, ["config=" + inp("noalloc.vocab")])
    check(rc == 0, "exit %d" % rc, out)
    same(findings(out, src), expected(src, ("config",)), out, "with config")


def test_dump_ir():
    """dump-ir=FILE writes the IR; the core's reader accepts it."""
    src = inp("atomic.c")
    with tempfile.TemporaryDirectory() as d:
        ir = os.path.join(d, "atomic.ir")
        rc, out = clang(src, ["dump-ir=" + ir])
        check(rc == 0, "exit %d" % rc, out)
        text = open(ir).read()
        check(re.search(r"^func alloc_under_lock\(\)", text, re.M),
              "no function alloc_under_lock in the IR", text)
        check(re.search(r"^const \S+ \d+$", text, re.M),
              "no per-TU constant in the IR", text)
        if A.ir_tool:
            p = subprocess.run([A.ir_tool, ir], capture_output=True,
                               text=True)
            check(p.returncode in (0, 1), "pgcheck-ir rejects the dump: %d"
                  % p.returncode, p.stdout + p.stderr)
            same(findings(p.stdout + p.stderr, src), expected(src),
                 p.stdout + p.stderr, "pgcheck-ir on the dump")


def test_macros():
    """Value macros as calls, constant locals, the spelled lock kind."""
    src = inp("macros.c")
    with tempfile.TemporaryDirectory() as d:
        ir = os.path.join(d, "macros.ir")
        rc, out = clang(src, ["rt", "dump-ir=" + ir])
        text = open(ir).read()
    same(findings(out, src), expected(src, ("rt",)), out, "findings")
    check(re.search(r"= call pmd_pgtable\(\*pmd\)", text),
          "pmd_pgtable(*pmd) is not a call event", text)
    check(re.search(r"call flush_tlb_kernel_range\(addr, addr \+ 4096\)",
                    text), "the local span is not folded", text)
    check(re.search(r"call _raw_spin_lock_irqsave\(&rlock\) as "
                    r"raw_spin_lock_irqsave", text),
          "the raw lock is not spelled as written", text)


def test_suppress():
    """A suppression with a reason is honoured; one without is reported."""
    src = inp("suppress.c")
    rc, out = clang(src)
    got = findings(out, src)
    want = expected(src)
    bad = {(ln, "invalid-suppression") for ln, _ in want}
    same(got, want | bad, out, "findings")


def test_bad_option():
    """An unknown option is a hard error naming the valid ones."""
    rc, out = clang(inp("atomic.c"), ["frobnicate"])
    check(rc != 0, "exit 0 with an unknown option", out)
    check("unknown option 'frobnicate'" in out and "config=FILE" in out,
          "the message does not name the option and the valid ones", out)
    rc, out = clang(inp("atomic.c"), ["disable=no-such-rule"])
    check(rc != 0 and "unknown rule 'no-such-rule'" in out,
          "an unknown rule is not an error", out)


def test_missing_config():
    rc, out = clang(inp("atomic.c"), ["config=" + inp("no-such.vocab")])
    check(rc != 0, "exit 0 with a missing config file", out)
    check("cannot read config file" in out and "no-such.vocab" in out,
          "unclear message", out)


def test_malformed_config():
    cfg = inp("malformed.vocab")
    rc, out = clang(inp("atomic.c"), ["config=" + cfg])
    check(rc != 0, "exit 0 with a malformed config file", out)
    check(re.search(r"malformed config file: .*malformed\.vocab:3", out),
          "the message does not name FILE:LINE", out)


def test_broken_file():
    """A file that does not compile: clang's error, non-zero exit."""
    rc, out = clang(inp("broken.c"))
    check(rc != 0 and "error:" in out, "no compile error", out)


def test_adapter():
    """The conformance adapter: exit 0 / 1 / 2."""
    def run(*args):
        p = subprocess.run([A.adapter] + list(args) + [
            "-I", os.path.join(A.top, "tests", "include"),
            "-I", os.path.join(A.top, "include")],
            capture_output=True, text=True)
        return p.returncode, p.stdout + p.stderr
    rc, out = run(inp("atomic.c"))
    check(rc == 1, "findings: exit %d, want 1" % rc, out)
    same(findings(out, inp("atomic.c")), expected(inp("atomic.c")), out,
         "adapter findings")
    rc, out = run(inp("rt.c"))
    check(rc == 0, "no findings: exit %d, want 0" % rc, out)
    rc, out = run("--rt", inp("rt.c"))
    check(rc == 1, "--rt: exit %d, want 1" % rc, out)
    # -include, as a kernel compile_commands.json passes it (kconfig.h).
    with tempfile.TemporaryDirectory() as d:
        forced = os.path.join(d, "forced.h")
        src = os.path.join(d, "needs-forced.c")
        with open(forced, "w") as f:
            f.write("#define PGTEST_FORCED 1\n")
        with open(src, "w") as f:
            f.write("#ifndef PGTEST_FORCED\n#error not forced\n#endif\n"
                    "void f(void);\nvoid f(void) {}\n")
        rc, out = run("-include", forced, src)
        check(rc == 0, "-include: exit %d, want 0" % rc, out)
        rc, out = run(src)
        check(rc == 2, "without -include: exit %d, want 2" % rc, out)
    rc, out = run("--config", inp("noalloc.vocab"), inp("noalloc.c"))
    same(findings(out, inp("noalloc.c")),
         expected(inp("noalloc.c"), ("config",)), out, "--config")
    for args, what in (([inp("broken.c")], "a file that does not compile"),
                       (["--config", inp("no-such.vocab"), inp("atomic.c")],
                        "a missing config"),
                       (["--config", inp("malformed.vocab"), inp("atomic.c")],
                        "a malformed config"),
                       (["--frobnicate", inp("atomic.c")], "a bad option")):
        rc, out = run(*args)
        check(rc == 2, "%s: exit %d, want 2" % (what, rc), out)


def compile_db(d, files):
    db = [{"directory": os.path.join(INPUTS, "tool"),
           "file": os.path.join(INPUTS, "tool", f),
           "arguments": ["clang-16", "-c"] + include_flags() +
           ["-o", os.path.join(d, f + ".o"), f]} for f in files]
    with open(os.path.join(d, "compile_commands.json"), "w") as out:
        json.dump(db, out, indent=1)


def tool(*args):
    p = subprocess.run([A.tool] + list(args), capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def test_tool_header_once():
    """pgcheck-clang -p: a finding in a header is reported once."""
    hdr = os.path.join(INPUTS, "tool", "common.h")
    with tempfile.TemporaryDirectory() as d:
        compile_db(d, ["a.c", "b.c"])
        rc, out, err = tool("-p", d)
    check(rc == 1, "exit %d, want 1" % rc, out + err)
    lines = [m for m in DIAG.finditer(out)]
    check(len(lines) == len(expected(hdr)),
          "%d finding lines, want %d (once per header finding)"
          % (len(lines), len(expected(hdr))), out)
    same(findings(out, hdr), expected(hdr), out + err, "tool findings")


def test_tool_errors():
    """pgcheck-clang: exit 2 on a file that does not compile, a bad config."""
    with tempfile.TemporaryDirectory() as d:
        compile_db(d, ["a.c"])
        rc, out, err = tool("-p", d, "--config=" + inp("malformed.vocab"))
        check(rc == 2 and "malformed.vocab:3" in err,
              "malformed config: exit %d" % rc, out + err)
        rc, out, err = tool("-p", d, "--frobnicate")
        check(rc == 2, "unknown option: exit %d" % rc, out + err)
        rc, out, err = tool("-p", d, "--disable=all")
        check(rc == 0 and not out.strip(), "all disabled: exit %d" % rc,
              out + err)
    rc, out, err = tool(inp("broken.c"), "--", *include_flags())
    check(rc == 2, "a file that does not compile: exit %d" % rc, out + err)
    rc, out, err = tool(inp("atomic.c"), "--", *include_flags())
    check(rc == 1, "single file: exit %d" % rc, out + err)
    same(findings(out, inp("atomic.c")), expected(inp("atomic.c")),
         out + err, "single-file findings")


def main():
    global A
    ap = argparse.ArgumentParser()
    for opt in ("clang", "plugin", "tool", "adapter", "top"):
        ap.add_argument("--" + opt, required=True)
    ap.add_argument("--ir-tool", default="")
    ap.add_argument("test")
    A = ap.parse_args()
    fn = globals().get("test_" + A.test.replace("-", "_"))
    if not fn:
        print("no such test: %s" % A.test, file=sys.stderr)
        return 2
    try:
        fn()
    except Failure as e:
        print("FAIL %s: %s" % (A.test, e), file=sys.stderr)
        return 1
    print("ok %s" % A.test)
    return 0


if __name__ == "__main__":
    sys.exit(main())
