#!/usr/bin/env bash
# Compile-time and peak-memory cost of the pgcheck clang plugin over kernel
# directories, measured in one run: every file is compiled without and with
# the plugin, alternately, and the ratios of the sums are printed.
#
#   clang-plugin/bench.sh KERNEL_DIR PLUGIN.so [DIR ...]
#
# KERNEL_DIR is a configured kernel tree already built once with LLVM=-16
# (so that its compile_commands.json can be generated from the .cmd files);
# DIR defaults to "mm arch/x86/mm" (with their subdirectories).  Target:
# time ratio <= 1.03.
#
# PERFILE=FILE also writes one tab-separated row per file: path, CPU seconds
# without and with the plugin, and the number of functions the plugin
# translated (the "func" lines of its dump-ir, from an extra -fsyntax-only
# pass that is not timed).  bench/fit.py reads it.
set -euo pipefail
if [ $# -lt 2 ]; then
	echo "usage: $0 KERNEL_DIR PLUGIN.so [DIR ...]" >&2
	exit 2
fi
kdir=$(cd "$1" && pwd)
plugin=$(realpath "$2")
shift 2
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(mm arch/x86/mm)
[ -f "$plugin" ] || { echo "bench: no plugin at $plugin" >&2; exit 2; }

db="$kdir/compile_commands.json"
if [ ! -f "$db" ]; then
	(cd "$kdir" && python3 scripts/clang-tools/gen_compile_commands.py -d . -o "$db")
fi

python3 - "$kdir" "$plugin" "$db" "${PERFILE:-}" "${dirs[@]}" <<'PY'
import json, os, shlex, subprocess, sys, tempfile

kdir, plugin, db, perfile = sys.argv[1:5]
dirs = [d.rstrip("/") + "/" for d in sys.argv[5:]]
entries = []
for e in json.load(open(db)):
    rel = os.path.relpath(e["file"], kdir)
    if any(rel.startswith(d) for d in dirs) and rel.endswith(".c"):
        entries.append(e)
if not entries:
    sys.exit("bench: no files of %s in %s" % (" ".join(dirs), db))

def command(e, with_plugin, out, extra=()):
    args = e.get("arguments") or shlex.split(e["command"])
    # Drop any plugin already in the recorded command, and the output.
    clean, skip = [], False
    for a in args:
        if skip:
            skip = False
            continue
        if a.startswith("-fplugin"):
            continue
        if a == "-o":
            skip = True
            continue
        clean.append(a)
    if with_plugin:
        clean[1:1] = ["-fplugin=" + plugin] + list(extra)
    return clean + ["-o", out]

def run(cmd, cwd):
    """CPU seconds (user+sys) and peak RSS (KiB) of one compile, from the
    child's rusage (microseconds, where time(1) rounds to 10 ms)."""
    with tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                             stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            err.seek(0)
            sys.exit("bench: compile failed: %s\n%s" % (
                " ".join(cmd), err.read()[-2000:].decode(errors="replace")))
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss

def count_functions(e, tmp):
    """Functions the plugin translates for this file (not timed)."""
    ir = os.path.join(tmp, "f.ir")
    extra = ["-fsyntax-only", "-fplugin-arg-pgcheck-dump-ir=" + ir]
    run(command(e, True, os.devnull, extra), e["directory"])
    with open(ir) as f:
        return sum(1 for line in f if line.startswith("func "))

tot = {False: 0.0, True: 0.0}
peak = {False: 0, True: 0}
rows = []
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "o.o")
    for i, e in enumerate(entries):
        # Alternate the order so that cache warm-up favours neither side.
        order = (False, True) if i % 2 == 0 else (True, False)
        cpu = {}
        for wp in order:
            cpu[wp], rss = run(command(e, wp, out), e["directory"])
            tot[wp] += cpu[wp]
            peak[wp] = max(peak[wp], rss)
        if perfile:
            rows.append((os.path.relpath(e["file"], kdir), cpu[False],
                         cpu[True], count_functions(e, tmp)))
if perfile:
    with open(perfile, "w") as f:
        for r in rows:
            f.write("%s\t%.3f\t%.3f\t%d\n" % r)
print("files: %d (%s)" % (len(entries), " ".join(dirs)))
print("cpu seconds without plugin: %.2f" % tot[False])
print("cpu seconds with plugin:    %.2f" % tot[True])
print("compile-time ratio plugin/no-plugin: %.3f (target <= 1.03)"
      % (tot[True] / tot[False]))
print("peak RSS without plugin: %d KiB, with: %d KiB, ratio %.3f"
      % (peak[False], peak[True], peak[True] / peak[False]))
PY
