#!/usr/bin/env python3
"""Make the fuzz targets' seed corpora from the project's own test inputs.

Usage: seeds.py --src REPO --out DIR [--compdb FILE] [--sparse EXE]

Writes DIR/fuzz-vocab, DIR/fuzz-ir, DIR/fuzz-driver and DIR/fuzz-sparse,
then DIR/stamp.  Nothing here is checked in: every seed is derived from
tests/, core/tests/, sparse/tests/, vocab/ or the build's own
compile_commands.json (--compdb); with --sparse (pgcheck-sparse), the IR
seeds include the IR of every corpus case (--pgcheck-dump-ir).
"""
import argparse
import glob
import json
import os
import shutil
import subprocess


def put(out, target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def vocab_seeds(src, out):
    files = ([os.path.join(src, "vocab/kernel.vocab"),
              os.path.join(src, "sparse/tests/bad-config.vocab")] +
             glob.glob(os.path.join(src, "core/tests/*.vocab")) +
             glob.glob(os.path.join(src, "tests/cases/*.vocab")))
    for f in sorted(files):
        put(out, "fuzz-vocab", os.path.basename(f), read(f))


def ir_seeds(src, out, sparse):
    for f in sorted(glob.glob(os.path.join(src, "core/tests/*.ir")) +
                    [os.path.join(src, "core/tests/bad_input.ir.txt")]):
        put(out, "fuzz-ir", os.path.basename(f), read(f))
    if not sparse:
        return
    cases = sorted(glob.glob(os.path.join(src, "tests/cases/*.c")) +
                   glob.glob(os.path.join(src, "sparse/tests/ir/*.c")))
    for c in cases:
        proc = subprocess.run(
            [sparse, "--pgcheck-dump-ir", "-nostdinc",
             "-I", os.path.join(src, "tests/include"),
             "-I", os.path.join(src, "include"), c],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        if proc.stdout:
            name = os.path.basename(c)[:-2] + ".ir"
            put(out, "fuzz-ir", name, proc.stdout)


# The driver target's first byte picks the reader (fuzz/fuzz-driver.c).
COMPDB, BASELINE, ENGINE = "0", "1", "2"


def driver_seeds(src, out, compdb):
    # The shapes tests/driver's compile_commands test uses.
    db = [
        {"directory": "/src", "file": "a.c",
         "arguments": ["gcc", "-c", "-Iinc", "-I", "/abs", "-DX=1", "-D",
                       "Y", "-include", "cfg.h", "-isystem", "/sys", "-O2",
                       "-o", "a.o", "a.c"]},
        {"directory": "/src", "file": "b.c",
         "command": "gcc -c -I 'dir with space' \"-DZ=a b\" -o b.o b.c"},
        {"directory": "/", "file": "start.S", "command": "gcc -c start.S"},
    ]
    put(out, "fuzz-driver", "compdb-shapes", COMPDB + json.dumps(db))
    put(out, "fuzz-driver", "compdb-bad", COMPDB + "[{\"file\": \"a.c\"}]")
    # A real one: the first entries of this build's database.
    if compdb and os.path.exists(compdb):
        with open(compdb) as f:
            real = json.load(f)[:3]
        put(out, "fuzz-driver", "compdb-real",
            COMPDB + json.dumps(real, indent=2))
    # What --format=json writes (driver/report.c), as --baseline reads it.
    result = {
        "tool": "pgcheck", "version": "0.1.0", "engines": ["clang"],
        "engines_missing": {},
        "findings": [
            {"rule": "pgtable-free-unflushed", "file": "mm/a.c",
             "line": 12, "column": 2,
             "message": "page table freed before the TLB flush",
             "engines": ["clang", "sparse"], "function": "f",
             "snippet": "pte_free_kernel(&init_mm, pte);",
             "fingerprint": "0123456789abcdef",
             "notes": [{"file": "mm/a.c", "line": 10, "column": 2,
                        "message": "entry cleared here"}],
             "fixes": []},
            {"rule": "sleeping-alloc-in-atomic", "file": "b.c", "line": 3,
             "column": 9, "message": "m", "engines": ["sparse"],
             "function": None, "snippet": None, "fingerprint": "x"},
        ],
        "errors": [],
    }
    put(out, "fuzz-driver", "baseline", BASELINE + json.dumps(result))
    # An adapter's output: findings, notes, a fix-it, a compiler warning.
    lines = []
    for c in sorted(glob.glob(os.path.join(src, "tests/cases/*.c")))[:40:4]:
        for no, text in enumerate(read(c).decode("utf-8", "replace")
                                  .splitlines(), 1):
            if "expect:" in text:
                rule = text.split("expect:")[1].split("*/")[0].strip()
                lines.append("%s:%d:5: warning: finding [pgcheck-%s]"
                             % (os.path.basename(c), no, rule))
                lines.append("%s:%d:1: note: entry cleared here"
                             % (os.path.basename(c), max(no - 1, 1)))
    lines.append('fix-it:"a.c":{3:5-3:9}:"flush_tlb_range(vma, s, e);\\n"')
    lines.append("a.c:4:1: warning: unused variable 'x' [-Wunused]")
    put(out, "fuzz-driver", "engine-output", ENGINE + "\n".join(lines) + "\n")


def sparse_seeds(src, out):
    for f in sorted(glob.glob(os.path.join(src, "tests/cases/*.c")) +
                    glob.glob(os.path.join(src, "sparse/tests/ir/*.c")) +
                    [os.path.join(src, "sparse/tests/unparsable.c")]):
        put(out, "fuzz-sparse", os.path.basename(f), read(f))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--compdb")
    ap.add_argument("--sparse", default="")
    a = ap.parse_args()
    shutil.rmtree(a.out, ignore_errors=True)
    vocab_seeds(a.src, a.out)
    ir_seeds(a.src, a.out, a.sparse)
    driver_seeds(a.src, a.out, a.compdb)
    sparse_seeds(a.src, a.out)
    with open(os.path.join(a.out, "stamp"), "w") as f:
        f.write("seeds\n")


if __name__ == "__main__":
    main()
