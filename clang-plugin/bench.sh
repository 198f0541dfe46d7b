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

python3 - "$kdir" "$plugin" "$db" "${dirs[@]}" <<'PY'
import json, os, resource, shlex, subprocess, sys, tempfile, time

kdir, plugin, db = sys.argv[1:4]
dirs = [d.rstrip("/") + "/" for d in sys.argv[4:]]
entries = []
for e in json.load(open(db)):
    rel = os.path.relpath(e["file"], kdir)
    if any(rel.startswith(d) for d in dirs) and rel.endswith(".c"):
        entries.append(e)
if not entries:
    sys.exit("bench: no files of %s in %s" % (" ".join(dirs), db))

def command(e, with_plugin, out):
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
        clean.insert(1, "-fplugin=" + plugin)
    return clean + ["-o", out]

def run(cmd, cwd):
    """CPU seconds (user+sys) and peak RSS (KiB) of one compile."""
    t = ["/usr/bin/time", "-f", "%U %S %M"] + cmd
    p = subprocess.run(t, cwd=cwd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("bench: compile failed: %s\n%s" % (" ".join(cmd), p.stderr[-2000:]))
    u, s, m = p.stderr.strip().splitlines()[-1].split()
    return float(u) + float(s), int(m)

tot = {False: 0.0, True: 0.0}
peak = {False: 0, True: 0}
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "o.o")
    t0 = time.time()
    for i, e in enumerate(entries):
        # Alternate the order so that cache warm-up favours neither side.
        order = (False, True) if i % 2 == 0 else (True, False)
        for wp in order:
            cpu, rss = run(command(e, wp, out), e["directory"])
            tot[wp] += cpu
            peak[wp] = max(peak[wp], rss)
print("files: %d (%s)" % (len(entries), " ".join(dirs)))
print("cpu seconds without plugin: %.2f" % tot[False])
print("cpu seconds with plugin:    %.2f" % tot[True])
print("compile-time ratio plugin/no-plugin: %.3f (target <= 1.03)"
      % (tot[True] / tot[False]))
print("peak RSS without plugin: %d KiB, with: %d KiB, ratio %.3f"
      % (peak[False], peak[True], peak[True] / peak[False]))
PY
