#!/usr/bin/env python3
"""Tests of the pgcheck driver, one ctest test per function.

    test_driver.py PGCHECK BUILD_ENGINES_FILE SOURCE_DIR TEST

Tests of merging, formats, baseline and diff filtering run the driver over
the test-only fixture engine (fixture-engine.py, findings fixed in advance);
end-to-end tests run the real engines this build has and are skipped (exit
77) when it has none.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PGCHECK, BUILD_ENGINES, SRC = sys.argv[1:4]
HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77


class Fail(Exception):
    pass


def check(cond, what, *ctx):
    if not cond:
        raise Fail(what + "".join("\n--- %s" % c for c in ctx))


def fixture_engines(tmp, engines=("clang", "sparse", "cocci"), missing=None,
                    name="engines.txt"):
    """An engines file whose engines are the test fixture."""
    missing = missing or {}
    lines = []
    for e in ("clang", "sparse", "cocci"):
        if e in engines:
            link = os.path.join(tmp, "fixture-" + e)
            if not os.path.exists(link):
                os.symlink(os.path.join(HERE, "fixture-engine.py"), link)
            lines.append("%s=%s" % (e, link))
        else:
            lines.append("%s!%s" % (e, missing.get(e, "not built here")))
    path = os.path.join(tmp, name)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def run(args, cwd, env=None, engines=None):
    e = dict(os.environ)
    e.pop("CI", None)
    if engines:
        e["PGCHECK_ENGINES_FILE"] = engines
    e.update(env or {})
    p = subprocess.run([PGCHECK] + args, cwd=cwd, env=e, text=True,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout, p.stderr


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


HDR = """static inline void helper(void *p)
{
	free_page(p);	/* fixture(clang,sparse): pgtable-free-unflushed table freed before flush */
}
"""

A_C = """#include "hdr.h"

void a(pmd_t *pmd, void *x)
{
	pmd_clear(pmd);
	free_page(x);	/* fixture(clang,sparse,cocci): pgtable-free-unflushed table freed before flush */
	/* fixture-note(clang,sparse): 5 entry cleared here */
	/* fixture-note(clang): 4 walk starts here */
}

void b(void)
{
	spin_lock(&l);
	kmalloc(1, GFP_KERNEL);	/* fixture(sparse): sleeping-alloc-in-atomic GFP_KERNEL allocation may sleep under spin_lock */
	/* fixture-fix(sparse): 14:13-14:23 GFP_ATOMIC */
	spin_unlock(&l);
}
"""

B_C = """#include "hdr.h"

int b2(void)
{
	return 0;
}
"""

CLEAN_C = """int clean(void)
{
	return 0;
}
"""


def corpus(tmp):
    write(os.path.join(tmp, "src/hdr.h"), HDR)
    write(os.path.join(tmp, "src/a.c"), A_C)
    write(os.path.join(tmp, "src/b.c"), B_C)
    write(os.path.join(tmp, "clean/clean.c"), CLEAN_C)


FINDING = re.compile(r"^(.+?):(\d+):(\d+): warning: (.*) \[pgcheck-([a-z-]+)\]$")


def findings_of(text):
    return [(m[1], int(m[2]), m[5]) for m in
            (FINDING.match(l) for l in text.splitlines()) if m]


# ---------------------------------------------------------------------------

def test_exit_status(tmp):
    corpus(tmp)
    eng = fixture_engines(tmp)
    rc, out, err = run(["clean"], tmp, engines=eng)
    check(rc == 0 and out == "", "clean file: exit 0, no output", out, err)
    rc, out, err = run(["src/a.c"], tmp, engines=eng)
    check(rc == 1, "findings: exit 1", out, err)
    bad = [
        (["--frobnicate", "src"], "unknown option '--frobnicate'"),
        (["-j", "0", "src"], "-j wants a number"),
        (["--format=xml", "src"], "unknown format 'xml'"),
        (["--engine=gcc", "src"], "unknown engine 'gcc'"),
        ([], "nothing to check"),
        (["nosuch.c"], "nosuch.c: No such file"),
        (["src/hdr.h"], "not a C source file"),
        (["--engines-file", "nosuch.txt", "src"], "cannot read the engines file"),
        (["--baseline", "src/a.c", "src"], "--baseline src/a.c"),
        (["-p", "nosuch-dir", "src"], "nosuch-dir"),
        (["--config", "nosuch.vocab", "src"], "--config nosuch.vocab"),
        (["-o", "/nonexistent/dir/out.txt", "src"], "cannot write"),
    ]
    for args, msg in bad:
        rc, out, err = run(args, tmp, engines=eng)
        check(rc == 2, "%s: exit 2, got %d" % (args, rc), out, err)
        check(msg in err, "%s: stderr names the problem (%r)" % (args, msg),
              err)
    rc, out, err = run(["--help"], tmp, engines=eng)
    check(rc == 0 and "Exit status" in out, "--help", out)


def test_merge(tmp):
    corpus(tmp)
    eng = fixture_engines(tmp)
    rc, out, err = run(["-j", "3", "src"], tmp, engines=eng)
    check(rc == 1, "exit 1", out, err)
    got = findings_of(out)
    want = [("src/a.c", 6, "pgtable-free-unflushed"),
            ("src/a.c", 14, "sleeping-alloc-in-atomic"),
            ("src/hdr.h", 3, "pgtable-free-unflushed")]
    check(got == want, "one finding per rule and place, header once: %s"
          % got, out)
    lines = out.splitlines()
    i = lines.index("src/a.c:6:2: warning: table freed before flush "
                    "[pgcheck-pgtable-free-unflushed]")
    check(lines[i + 1:i + 4] == [
        "src/a.c:5:2: note: entry cleared here",
        "src/a.c:4:2: note: walk starts here",
        "src/a.c:6:2: note: reported by clang, sparse, cocci"],
        "notes united without repeats, engines listed", out)
    check("src/hdr.h:3:2: note: reported by clang, sparse" in lines,
          "header finding seen through two files reported once", out)
    check("Wfixture" not in out, "ordinary compiler warnings dropped", out)
    check("3 findings" in err, "summary on stderr", err)


def test_json(tmp):
    corpus(tmp)
    eng = fixture_engines(tmp, engines=("clang", "sparse"),
                          missing={"cocci": "spatch not found"})
    rc, out, err = run(["--format=json", "src"], tmp, engines=eng)
    check(rc == 1, "exit 1", out, err)
    d = json.loads(out)
    check(d["engines"] == ["clang", "sparse"], "engines run", out)
    check(d["engines_missing"] == {"cocci": "spatch not found"},
          "missing engine named", out)
    check("coccinelle" in err, "notice names the Debian package", err)
    fs = d["findings"]
    check([(f["file"], f["line"], f["rule"]) for f in fs] == [
        ("src/a.c", 6, "pgtable-free-unflushed"),
        ("src/a.c", 14, "sleeping-alloc-in-atomic"),
        ("src/hdr.h", 3, "pgtable-free-unflushed")], "findings", out)
    f = fs[1]
    check(f["engines"] == ["sparse"] and f["function"] == "b" and
          f["snippet"] == "kmalloc(1, GFP_KERNEL); /* fixture(sparse): "
          "sleeping-alloc-in-atomic GFP_KERNEL allocation may sleep under "
          "spin_lock */" and re.fullmatch("[0-9a-f]{16}", f["fingerprint"]),
          "function, snippet, fingerprint", out)
    check(f["fixes"] == [{"file": "src/a.c", "start": {"line": 14,
                                                        "column": 13},
                          "end": {"line": 14, "column": 23},
                          "text": "GFP_ATOMIC"}], "fix-it kept", out)
    check(fs[0]["notes"][0] == {"file": "src/a.c", "line": 5, "column": 2,
                                "message": "entry cleared here"}, "notes",
          out)
    check(d["summary"]["files"] == 2 and d["errors"] == [], "summary", out)
    rc, out2, err = run(["--format=json", "-o", "r.json", "src"], tmp,
                        engines=eng)
    check(rc == 1 and out2 == "" and json.load(open(
        os.path.join(tmp, "r.json"))) == d, "-o writes the same report")


def sarif_of(tmp, eng, args):
    rc, out, err = run(["--format=sarif"] + args, tmp, engines=eng)
    return rc, json.loads(out), err


def test_sarif(tmp):
    corpus(tmp)
    eng = fixture_engines(tmp)
    rc, d, err = sarif_of(tmp, eng, ["--docs-url",
                                     "https://example.org/pgcheck/docs",
                                     "src"])
    check(rc == 1, "exit 1", err)
    check(d["version"] == "2.1.0" and len(d["runs"]) == 1, "SARIF 2.1.0")
    run0 = d["runs"][0]
    rules = run0["tool"]["driver"]["rules"]
    check([r["id"] for r in rules] == [
        "pgtable-free-unflushed", "flush-range-short",
        "sleeping-alloc-in-atomic", "alloc-in-noalloc"], "rule metadata")
    check(rules[2]["helpUri"] == "https://example.org/pgcheck/docs/rules/"
          "sleeping-alloc-in-atomic.md" and rules[2]["help"]["text"],
          "help text and doc link", json.dumps(rules[2]))
    page = os.path.join(SRC, "docs/rules/sleeping-alloc-in-atomic.md")
    if os.path.exists(page):
        check(rules[2]["help"]["markdown"] == open(page).read(),
              "the rule's page as help markdown")
    res = run0["results"]
    check(len(res) == 3, "three results")
    r0 = res[0]
    loc = r0["locations"][0]["physicalLocation"]
    check(r0["ruleId"] == "pgtable-free-unflushed" and r0["ruleIndex"] == 0
          and loc["artifactLocation"] == {"uri": "src/a.c",
                                          "uriBaseId": "SRCROOT"}
          and loc["region"]["startLine"] == 6
          and loc["region"]["startColumn"] == 2, "location",
          json.dumps(r0))
    check(run0["originalUriBaseIds"]["SRCROOT"]["uri"] == "file://%s/"
          % os.path.realpath(tmp), "SRCROOT is the working directory")
    rel = r0["relatedLocations"]
    check([(x["id"], x["physicalLocation"]["region"]["startLine"],
            x["message"]["text"]) for x in rel] ==
          [(1, 5, "entry cleared here."), (2, 4, "walk starts here.")],
          "notes as related locations", json.dumps(rel))
    check(r0["properties"]["engines"] == ["clang", "sparse", "cocci"],
          "engines")
    fix = res[1]["fixes"][0]["artifactChanges"][0]
    check(fix["replacements"][0]["deletedRegion"] == {
        "startLine": 14, "startColumn": 13, "endLine": 14, "endColumn": 23}
        and fix["replacements"][0]["insertedContent"]["text"] ==
        "GFP_ATOMIC", "fix", json.dumps(fix))
    check(run0["invocations"][0]["executionSuccessful"] is True,
          "successful invocation")
    # A file no engine could parse is a notification, never a clean run.
    write(os.path.join(tmp, "bad/bad.c"),
          "/* fixture-fail(clang,sparse,cocci) */\n")
    rc, d, err = sarif_of(tmp, eng, ["bad"])
    inv = d["runs"][0]["invocations"][0]
    check(rc == 2 and inv["executionSuccessful"] is False and
          "No engine could parse bad/bad.c" in
          inv["toolExecutionNotifications"][0]["message"]["text"],
          "unparsable file in SARIF", json.dumps(inv))


def validator():
    for p in (os.environ.get("PGCHECK_SARIF_MULTITOOL"),
              os.path.join(SRC, ".deps/npm/node_modules/.bin/sarif-multitool"),
              shutil.which("sarif-multitool")):
        if p and os.path.exists(p):
            return p
    return None


def validate(tool, path):
    p = subprocess.run([tool, "validate", path], text=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    problems = [l for l in p.stdout.splitlines()
                if re.search(r": (error|warning) [A-Z]+\d+", l)]
    return p.returncode, problems, p.stdout


def test_sarif_validate(tmp):
    tool = validator()
    if not tool:
        print("SKIP: Microsoft's SARIF validator is not installed; install "
              "it with: npm install --prefix %s/.deps/npm "
              "@microsoft/sarif-multitool" % SRC)
        return SKIP
    corpus(tmp)
    write(os.path.join(tmp, "bad/bad.c"),
          "/* fixture-fail(clang,sparse,cocci) */\n")
    eng = fixture_engines(tmp)
    for name, args in (("findings", ["src"]), ("clean", ["clean"]),
                       ("errors", ["src", "bad"])):
        path = os.path.join(tmp, name + ".sarif")
        rc, out, err = run(["--format=sarif", "-o", path] + args, tmp,
                           engines=eng)
        check(rc in (0, 1, 2) and os.path.getsize(path), "wrote " + path,
              err)
        rc, problems, log = validate(tool, path)
        check(rc == 0 and not problems, "%s: validator is clean" % name,
              log)
    # The validator does catch a broken file: this test can fail.
    broken = os.path.join(tmp, "broken.sarif")
    d = json.load(open(os.path.join(tmp, "findings.sarif")))
    del d["runs"][0]["tool"]["driver"]["name"]
    json.dump(d, open(broken, "w"))
    rc, problems, log = validate(tool, broken)
    check(problems, "validator rejects a SARIF log without a tool name", log)


def test_baseline(tmp):
    corpus(tmp)
    eng = fixture_engines(tmp)
    rc, out, err = run(["-f", "json", "-o", "old.json", "src"], tmp,
                       engines=eng)
    check(rc == 1, "baseline written", err)
    rc, out, err = run(["--baseline", "old.json", "src"], tmp, engines=eng)
    check(rc == 0 and out == "" and "3 in the baseline" in err,
          "same code: nothing new", out, err)
    # Move every line down, and add one new finding of an old kind.
    src = A_C.replace("void a(", "/* a new\n * comment\n */\nvoid a(")
    src = src.replace("\tspin_unlock(&l);", "\tkmalloc(2, GFP_KERNEL);"
                      "\t/* fixture(sparse): sleeping-alloc-in-atomic "
                      "GFP_KERNEL allocation may sleep under spin_lock */"
                      "\n\tspin_unlock(&l);")
    write(os.path.join(tmp, "src/a.c"), src)
    rc, out, err = run(["--baseline", "old.json", "src"], tmp, engines=eng)
    check(rc == 1 and findings_of(out) == [
        ("src/a.c", 19, "sleeping-alloc-in-atomic")],
        "only the new finding, though every line moved", out, err)
    # The same warning twice where there was one: one of them is new.
    src = src.replace("\tkmalloc(2,", "\tkmalloc(1,")
    write(os.path.join(tmp, "src/a.c"), src)
    rc, out, err = run(["--baseline", "old.json", "src"], tmp, engines=eng)
    check(rc == 1 and len(findings_of(out)) == 1,
          "a repeated warning is new once", out)
    write(os.path.join(tmp, "junk.json"), "{\"findings\": 3}")
    rc, out, err = run(["--baseline", "junk.json", "src"], tmp, engines=eng)
    check(rc == 2 and "not a pgcheck JSON result" in err, "bad baseline",
          err)


def git(cwd, *args):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t"] +
                   list(args), cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


DIFF_BASE = """void kept_line(void)
{
	int x;
}

void kept_function(void)
{
	free_page(p);	/* fixture(clang): pgtable-free-unflushed an old bug in a changed function */
	x = 1;
}

void untouched(void)
{
	free_page(p);	/* fixture(clang): pgtable-free-unflushed an old bug, not touched */
}

void lost_flush(void)
{
	pmd_clear(pmd);
	flush_tlb_all();
	free_page(p);	/* fixture(clang): pgtable-free-unflushed a deleted line above */
}
"""


def test_diff(tmp):
    repo = os.path.join(tmp, "repo")
    os.makedirs(repo)
    eng = fixture_engines(tmp)
    rc, out, err = run(["--diff", "HEAD~1..HEAD"], repo, engines=eng)
    check(rc == 2 and "not inside a git repository" in err,
          "--diff outside a git repository", err)
    git(repo, "init", "-q")
    write(os.path.join(repo, "mm/x.c"), DIFF_BASE)
    write(os.path.join(repo, "mm/other.c"),
          "#include \"h.h\"\nvoid o(void)\n{\n\tfree_page(p);\t/* "
          "fixture(clang): pgtable-free-unflushed in an unchanged file "
          "*/\n}\n")
    hdr = ("static inline void hf(void)\n{\n\tint y = 1;\n\tfree_page(p);"
           "\t/* fixture(clang): pgtable-free-unflushed in a header */\n}\n")
    write(os.path.join(repo, "mm/h.h"), hdr)
    write(os.path.join(repo, "README"), "x\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    new = DIFF_BASE.replace("\tint x;\n", "\tint x;\n\tfree_page(q);\t/* "
                            "fixture(clang): pgtable-free-unflushed new "
                            "on a changed line */\n")
    new = new.replace("\tx = 1;", "\tx = 2;")
    new = new.replace("\tflush_tlb_all();\n", "")
    write(os.path.join(repo, "mm/x.c"), new)
    write(os.path.join(repo, "README"), "y\n")
    write(os.path.join(repo, "mm/h.h"), hdr.replace("y = 1", "y = 2"))
    git(repo, "commit", "-q", "-am", "change")
    rc, out, err = run(["--diff", "HEAD~1..HEAD"], repo, engines=eng)
    got = findings_of(out)
    check(rc == 1 and got == [("mm/x.c", 4, "pgtable-free-unflushed"),
                              ("mm/x.c", 9, "pgtable-free-unflushed"),
                              ("mm/x.c", 21, "pgtable-free-unflushed")],
          "changed line, changed function, deleted line; not the "
          "untouched function or file: %s" % got, out, err)
    check("1 file," in err and "1 outside the diff" in err,
          "only changed .c files analysed", err)
    check("mm/h.h changed; it is checked only through the changed .c files"
          in err, "a changed header not included by a changed file is "
          "named", err)
    rc, out2, err = run(["--diff", "HEAD~1..HEAD", "mm"], repo, engines=eng)
    got = findings_of(out2)
    check(rc == 1 and got == [("mm/h.h", 4, "pgtable-free-unflushed")] +
        findings_of(out) and "2 files," in err,
        "header changed: every file given is checked, the header's "
        "changed function reported, the unchanged file's finding not: %s"
        % got, out2, err)
    rc, out2, err = run(["--diff", "HEAD~1"], repo, engines=eng)
    check(rc == 1 and out2 == out, "--diff BASE means BASE..HEAD", err)
    rc, out2, err = run(["--diff", "HEAD~1...HEAD"], repo, engines=eng)
    check(rc == 1 and out2 == out, "--diff A...B", err)
    rc, out, err = run(["--diff", "HEAD..HEAD"], repo, engines=eng)
    check(rc == 0 and out == "", "empty range: clean", out, err)
    rc, out, err = run(["--diff", "nosuchrev..HEAD"], repo, engines=eng)
    check(rc == 2 and "nosuchrev" in err, "bad revision", err)
    rc, out, err = run(["--diff", "HEAD~1..HEAD~1"], repo, engines=eng)
    check(rc == 2 and "not the checked-out commit" in err,
          "range end must be checked out", err)
    # A subdirectory works: paths are the repository's.
    rc, out, err = run(["--diff", "HEAD~1..HEAD"], os.path.join(repo, "mm"),
                       engines=eng)
    check(rc == 1 and findings_of(out)[0][0] == "x.c", "from a subdirectory",
          out, err)


def test_compile_commands(tmp):
    corpus(tmp)
    eng = fixture_engines(tmp, engines=("clang",))
    log = os.path.join(tmp, "args.log")
    db = [
        {"directory": os.path.join(tmp, "src"), "file": "a.c",
         "arguments": ["gcc", "-c", "-Iinc", "-I", "/abs", "-DX=1", "-D",
                       "Y", "-include", "cfg.h", "-isystem", "/sys",
                       "-O2", "-o", "a.o", "a.c"]},
        {"directory": os.path.join(tmp, "src"), "file": "b.c",
         "command": "gcc -c -I 'dir with space' \"-DZ=a b\" -o b.o b.c"},
        {"directory": os.path.join(tmp, "src"), "file": "b.c",
         "command": "gcc -c -DSECOND b.c"},
        {"directory": tmp, "file": "start.S", "command": "gcc -c start.S"},
        {"directory": tmp, "file": "clean/clean.c",
         "command": "gcc -c clean/clean.c"},
    ]
    write(os.path.join(tmp, "build/compile_commands.json"), json.dumps(db))
    env = {"FIXTURE_ARGS_LOG": log}
    rc, out, err = run(["-j", "1", "-p", "build"], tmp, env=env, engines=eng)
    check(rc == 1 and "3 files" in err, "three C entries", out, err)
    calls = [json.loads(l) for l in open(log)]
    by = {os.path.basename(c["argv"][-1]): c for c in calls}
    s = os.path.join(os.path.realpath(tmp), "src")
    check(by["a.c"]["cwd"] == s and by["a.c"]["argv"][1:] == [
        "-I", s + "/inc", "-I", "/abs", "-DX=1", "-DY", "-include",
        s + "/cfg.h", "-I", "/sys", s + "/a.c"],
        "flags and directory of the entry", json.dumps(by["a.c"]))
    check(by["b.c"]["argv"][1:] == ["-I", s + "/dir with space", "-DZ=a b",
                                    s + "/b.c"],
          "command strings split like a shell", json.dumps(by["b.c"]))
    os.unlink(log)
    rc, out, err = run(["build/compile_commands.json", "clean"], tmp,
                       env=env, engines=eng)
    check(rc == 0 and "1 file," in err, "paths select entries", out, err)
    for text, msg in (("[{\"file\": ", "not a valid compile_commands.json"),
                      ("{}", "top level is not an array"),
                      ("[{\"file\": \"a.c\"}]", "entry 0 is not valid")):
        write(os.path.join(tmp, "bad/compile_commands.json"), text)
        rc, out, err = run(["-p", "bad"], tmp, engines=eng)
        check(rc == 2 and msg in err, "corrupt database: " + msg, err)


def test_jobs_and_progress(tmp):
    for i in range(12):
        write(os.path.join(tmp, "many/f%02d.c" % i),
              "void f(void)\n{\n\tfree_page(p);\t/* fixture(clang,sparse): "
              "pgtable-free-unflushed file %d */\n}\n" % i)
    eng = fixture_engines(tmp)
    rc1, out1, err1 = run(["-j", "1", "many"], tmp, engines=eng)
    rc4, out4, err4 = run(["-j", "4", "many"], tmp, engines=eng)
    check(rc1 == rc4 == 1 and out1 == out4 and len(findings_of(out1)) == 12,
          "-j 4 gives what -j 1 gives", out1, out4)
    env = dict(os.environ, PGCHECK_ENGINES_FILE=eng)
    env.pop("CI", None)
    err = subprocess.run([PGCHECK, "--progress", "-j", "2", "many"], cwd=tmp,
                         env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE).stderr.decode()
    # Any elapsed time: a loaded machine or the sanitized build takes more
    # than the 10 s that "0:0" allowed.
    check(re.search(r"\r\033\[K\[12/12 files\] 12 findings, \d+:\d\d "
                    r"elapsed", err),
          "progress line: files done/total, findings, time", err)
    rc, out, err = run(["-j", "2", "many"], tmp, engines=eng,
                       env={"CI": "true"})
    check("\r" not in err and len(err.splitlines()) == 1,
          "line-oriented when CI is set", err)


def test_missing_engine(tmp):
    corpus(tmp)
    eng = fixture_engines(tmp, engines=("cocci",), missing={
        "clang": "LLVM/Clang 16 CMake packages not found",
        "sparse": "not built in this tree yet"})
    rc, out, err = run(["--engine=sparse", "src"], tmp, engines=eng)
    check(rc == 2 and "engine sparse is not available" in err and
          "scripts/setup.sh" in err, "missing sparse names the build step",
          err)
    rc, out, err = run(["--engine=all", "src"], tmp, engines=eng)
    check(rc == 2 and "clang-16" in err and "libclang-16-dev" in err,
          "missing clang names the Debian packages", err)
    rc, out, err = run(["src"], tmp, engines=eng)
    check(rc == 1 and "engine clang not run" in err and
          "engines cocci:" in err, "default: the engines built, others "
          "named", err)
    none = fixture_engines(tmp, engines=(), name="none.txt")
    rc, out, err = run(["src"], tmp, engines=none)
    check(rc == 2 and "no engine is available" in err, "no engine at all",
          err)
    os.unlink(os.path.join(tmp, "fixture-cocci"))
    rc, out, err = run(["--engine=cocci", "src"], tmp, engines=eng)
    check(rc == 2 and "is not built" in err, "adapter file missing", err)


def test_unparsable(tmp):
    corpus(tmp)
    eng = fixture_engines(tmp)
    write(os.path.join(tmp, "bad/none.c"),
          "/* fixture-fail(clang,sparse,cocci) */\n")
    rc, out, err = run(["bad", "clean"], tmp, engines=eng)
    check(rc == 2 and "bad/none.c: error: no engine could parse this file"
          in err and "expected ';'" in err, "no engine could parse it", err)
    write(os.path.join(tmp, "bad/none.c"),
          "/* fixture-fail(sparse) */\nvoid f(void)\n{\n\tfree_page(p);\t"
          "/* fixture(clang): pgtable-free-unflushed still found */\n}\n")
    rc, out, err = run(["bad"], tmp, engines=eng)
    check(rc == 2 and "engine sparse failed on this file" in err and
          len(findings_of(out)) == 1, "one engine failed: error, and the "
          "other engine's findings", out, err)
    rc, out, err = run(["-f", "json", "bad"], tmp, engines=eng)
    d = json.loads(out)
    check(rc == 2 and d["errors"][0]["engine"] == "sparse", "errors in JSON",
          out)


# --- end to end, real engines ----------------------------------------------

def real_engines():
    have = {}
    try:
        for line in open(BUILD_ENGINES):
            line = line.strip()
            if "=" in line:
                name, path = line.split("=", 1)
                if os.access(path, os.X_OK):
                    have[name] = path
    except OSError:
        pass
    return have


def adapter_findings(adapter, path, flags):
    p = subprocess.run([adapter] + flags + [path], text=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    pat = re.compile(r"^(.+?):(\d+):\d+(?:-\d+)?: (?!note:)(?:warning: )?"
                     r".*\[pgcheck-([a-z-]+)\]$")
    return p.returncode, {(os.path.realpath(m[1]), int(m[2]), m[3]) for m in
                          (pat.match(l) for l in p.stdout.splitlines()) if m}


def test_end_to_end(tmp):
    have = real_engines()
    if not have:
        print("SKIP: no engine is built in this tree (%s)" % BUILD_ENGINES)
        return SKIP
    cases = os.path.join(SRC, "tests/cases")
    inc = ["-I", os.path.join(SRC, "tests/include"), "-I",
           os.path.join(SRC, "include")]
    # Every sixth case (the corpus is large; adapters run twice here).
    files = sorted(os.path.join(cases, f) for f in os.listdir(cases)
                   if f.endswith(".c"))[::6]
    check(files, "corpus cases exist")
    # File by file, each engine alone and then the driver, so that the
    # two runs see the same engines even while they are being worked on.
    total = 0
    for f in files:
        want = set()
        for name, adapter in have.items():
            rc, got = adapter_findings(adapter, f, inc)
            if rc in (0, 1):
                want |= got
        rc, out, err = run(["-f", "json", "-j", "2", "--engine",
                            ",".join(have)] + inc + [f], tmp,
                           engines=BUILD_ENGINES)
        check(rc in (0, 1, 2), "driver ran", err)
        d = json.loads(out)
        got = {(os.path.realpath(os.path.join(tmp, x["file"])), x["line"],
                x["rule"]) for x in d["findings"]}
        check(got == want, "%s: the driver reports exactly the union of "
              "the engines' findings: missing %s, extra %s"
              % (f, sorted(want - got), sorted(got - want)), err)
        for x in d["findings"]:
            check(set(x["engines"]) <= set(have), "engine names")
        total += len(got)
    check(total > 0, "the corpus's expected findings are found by some "
          "engine")
    print("end to end: %d findings from %s over %d cases"
          % (total, ", ".join(have), len(files)))


BUGGY = """#include <linux/mm.h>
#include <linux/spinlock.h>
#include <linux/slab.h>

static DEFINE_SPINLOCK(pgcheck_demo_lock);

void *pgcheck_demo(void)
{
	void *p;

	spin_lock(&pgcheck_demo_lock);
	p = kmalloc(64, GFP_KERNEL);
	spin_unlock(&pgcheck_demo_lock);
	return p;
}
"""

CLEAN = BUGGY.replace("GFP_KERNEL", "GFP_ATOMIC")


def test_pre_push_hook(tmp):
    have = real_engines()
    if not have:
        print("SKIP: no engine is built in this tree (%s)" % BUILD_ENGINES)
        return SKIP
    hook = os.path.join(SRC, "docs/ci-examples/pre-push")
    remote = os.path.join(tmp, "remote.git")
    repo = os.path.join(tmp, "work")
    git(tmp, "init", "-q", "--bare", remote)
    git(tmp, "init", "-q", repo)
    shutil.copy(hook, os.path.join(repo, ".git/hooks/pre-push"))
    write(os.path.join(repo, "demo.c"), CLEAN)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "clean")
    git(repo, "remote", "add", "origin", remote)
    inc = "-I %s -I %s" % (os.path.join(SRC, "tests/include"),
                           os.path.join(SRC, "include"))
    env = dict(os.environ, PGCHECK=PGCHECK, PGCHECK_ENGINES_FILE=BUILD_ENGINES,
               PGCHECK_FLAGS=inc)
    env.pop("CI", None)

    def push():
        p = subprocess.run(["git", "push", "-q", "origin", "HEAD:main"],
                           cwd=repo, env=env, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        return p.returncode, p.stdout

    rc, log = push()
    check(rc == 0, "a clean new branch is pushed", log)
    write(os.path.join(repo, "demo.c"), BUGGY)
    git(repo, "commit", "-q", "-am", "bug")
    rc, log = push()
    check(rc != 0 and "sleeping-alloc-in-atomic" in log and
          "demo.c:12" in log, "the hook stops a push that adds a bug", log)
    write(os.path.join(repo, "demo.c"), CLEAN)
    git(repo, "commit", "-q", "-am", "fix")
    rc, log = push()
    check(rc == 0, "the fixed branch is pushed", log)


def demo_repo(tmp):
    """A scratch repository: a clean commit, then one adding a bug."""
    repo = os.path.join(tmp, "work")
    git(tmp, "init", "-q", repo)
    write(os.path.join(repo, "demo.c"), CLEAN)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "clean")
    write(os.path.join(repo, "demo.c"), BUGGY)
    git(repo, "commit", "-q", "-am", "bug")
    base = subprocess.run(["git", "rev-parse", "HEAD~1"], cwd=repo,
                          text=True, stdout=subprocess.PIPE).stdout.strip()
    return repo, base


def run_script(script, repo, env):
    """A CI step's shell script, with the driver the build made."""
    script = script.replace("/opt/pgcheck/build/driver/pgcheck", PGCHECK)
    e = dict(os.environ, PGCHECK_ENGINES_FILE=BUILD_ENGINES,
             PGCHECK_FLAGS="-I %s -I %s" % (os.path.join(SRC, "tests/include"),
                                            os.path.join(SRC, "include")))
    e.pop("CI", None)
    e.update(env)
    p = subprocess.run(["bash", "-e", "-c", script], cwd=repo, env=e,
                       text=True, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT)
    return p.returncode, p.stdout


def test_ci_examples(tmp):
    have = real_engines()
    if not have:
        print("SKIP: no engine is built in this tree (%s)" % BUILD_ENGINES)
        return SKIP
    try:
        import yaml
    except ImportError:
        print("SKIP: python3-yaml is not installed")
        return SKIP
    ex = os.path.join(SRC, "docs/ci-examples")
    # GitHub Actions: the check step writes the SARIF the upload step sends.
    gh = yaml.safe_load(open(os.path.join(ex, "github-actions.yml")))
    steps = gh["jobs"]["pgcheck"]["steps"]
    check_step = [st for st in steps if "--diff" in st.get("run", "")][0]
    upload = [st for st in steps if "upload-sarif" in st.get("uses", "")][0]
    check(upload.get("if") == "always()", "SARIF uploaded after findings")
    repo, base = demo_repo(tmp)
    rc, log = run_script(check_step["run"], repo, {"BASE": base})
    check(rc == 1, "GitHub step fails on the new finding", log)
    sarif = json.load(open(os.path.join(repo,
                                        upload["with"]["sarif_file"])))
    res = sarif["runs"][0]["results"]
    check([(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]
            ["startLine"]) for r in res] == [("sleeping-alloc-in-atomic",
                                               12)],
          "GitHub step's SARIF holds the finding", json.dumps(res))
    tool = validator()
    if tool:
        rc, problems, vlog = validate(tool, os.path.join(repo,
                                                         "pgcheck.sarif"))
        check(rc == 0 and not problems, "the uploaded SARIF validates", vlog)
    # GitLab CI: a merge request, then the default branch (no baseline
    # artifact reachable here: everything is checked).
    gl = yaml.safe_load(open(os.path.join(ex, "gitlab-ci.yml")))["pgcheck"]
    script = "\n".join(gl["script"])
    check(gl["variables"]["GIT_DEPTH"] == 0, "full history for --diff")
    rc, log = run_script(script, repo, {
        "CI_MERGE_REQUEST_DIFF_BASE_SHA": base})
    d = json.load(open(os.path.join(repo, "pgcheck.json")))
    check(rc == 1 and [(f["file"], f["line"], f["rule"])
                       for f in d["findings"]] ==
          [("demo.c", 12, "sleeping-alloc-in-atomic")],
          "GitLab merge request job", log)
    os.unlink(os.path.join(repo, "pgcheck.json"))
    rc, log = run_script(script, repo, {
        "CI_MERGE_REQUEST_DIFF_BASE_SHA": "",
        "CI_API_V4_URL": "http://127.0.0.1:9/api/v4", "CI_PROJECT_ID": "1",
        "CI_DEFAULT_BRANCH": "main", "CI_JOB_NAME": "pgcheck",
        "CI_JOB_TOKEN": "x"})
    d = json.load(open(os.path.join(repo, "pgcheck.json")))
    check(rc == 1 and len(d["findings"]) == 1, "GitLab default branch job",
          log)


def main():
    name = sys.argv[4]
    fn = globals().get("test_" + name)
    if not fn:
        print("no such test: %s" % name, file=sys.stderr)
        return 2
    tmp = tempfile.mkdtemp(prefix="pgcheck-driver-")
    try:
        rc = fn(tmp)
        if rc == SKIP:
            return SKIP
    except Fail as e:
        print("FAIL: %s" % e)
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("PASS: %s" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
