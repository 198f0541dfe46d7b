#!/usr/bin/env bash
# Benchmark of the driver on a Linux 6.1 tree's mm/: the wall time of
# pgcheck running every engine with -j2, and of pgcheck running each engine
# alone (-j1 and -j2), measured in the same run, and the ratios to the
# slowest single engine.  Prints times and ratios; it is not a timed test.
# CPU is the children's user+system time: other load on the machine changes
# wall times, not it.
#
#   driver/bench.sh [--prepare] LINUX_DIR [PGCHECK]
#
# LINUX_DIR needs a compile_commands.json covering mm/.  --prepare makes one
# in an unpacked tree: defconfig plus the page-table teardown options the
# checks are about, "make -j2 mm/", scripts/clang-tools/gen_compile_commands.py.
set -euo pipefail
prepare=0
if [ "${1:-}" = --prepare ]; then
	prepare=1
	shift
fi
[ $# -ge 1 ] || { echo "usage: $0 [--prepare] LINUX_DIR [PGCHECK]" >&2; exit 2; }
linux=$(cd "$1" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
pgcheck=${2:-$top/build/driver/pgcheck}
jobs=${PGCHECK_BENCH_JOBS:-2}

if [ $prepare = 1 ] && [ ! -f "$linux/compile_commands.json" ]; then
	(
		cd "$linux"
		make -s defconfig
		scripts/config -e MEMORY_HOTPLUG -e MEMORY_HOTREMOVE \
			-e TRANSPARENT_HUGEPAGE
		make -s olddefconfig
		make -s -j"$jobs" mm/
		python3 scripts/clang-tools/gen_compile_commands.py -d . \
			-o compile_commands.json mm
	)
fi
[ -f "$linux/compile_commands.json" ] ||
	{ echo "bench: $linux/compile_commands.json missing (use --prepare)" >&2; exit 2; }

# The engines this build has (or PGCHECK_BENCH_ENGINES=clang,sparse,...).
list=${PGCHECK_ENGINES_FILE:-$(dirname "$pgcheck")/../engines.txt}
engines=${PGCHECK_BENCH_ENGINES:-$(sed -n 's/^\([a-z]*\)=\(.*\)/\1 \2/p' "$list" |
	while read -r e a; do [ -x "$a" ] && echo "$e"; done | paste -sd, -)}
[ -n "$engines" ] || { echo "bench: no engine is built ($list)" >&2; exit 2; }
nfiles=$(python3 -c 'import json,sys; print(sum(1 for e in json.load(open(sys.argv[1])) if "/mm/" in "/" + e["file"] and e["file"].endswith(".c")))' "$linux/compile_commands.json")

# timed NAME ENGINES JOBS: wall and CPU seconds, exit status, findings, errors.
timed() {
	python3 - "$pgcheck" "$linux" "$out/$1" "$2" "$3" <<'PY'
import json, os, resource, subprocess, sys, time
pgcheck, linux, out, engines, jobs = sys.argv[1:]
t0 = time.monotonic()
with open(out + ".err", "w") as err:
    rc = subprocess.call([pgcheck, "-q", "--no-progress", "-j", jobs, "-f",
                          "json", "-o", out + ".json", "--engine=" + engines,
                          "-p", linux, os.path.join(linux, "mm")], stderr=err)
wall = time.monotonic() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
d = json.load(open(out + ".json"))
print("%.2f %.2f %d %d %d" % (wall, ru.ru_utime + ru.ru_stime, rc,
                              len(d["findings"]), len(d["errors"])))
PY
}

echo "pgcheck benchmark: $linux/mm ($nfiles files), engines $engines"
# PGCHECK_BENCH_OUT=DIR keeps each run's JSON report and stderr there.
if [ -n "${PGCHECK_BENCH_OUT:-}" ]; then
	out=$PGCHECK_BENCH_OUT
	mkdir -p "$out"
else
	out=$(mktemp -d)
	trap 'rm -rf "$out"' EXIT
fi
row() {
	printf '  %-22s %8.2f s wall %8.2f s CPU  exit %d  %3d findings %3d errors\n' "$@"
}
slow1=0 slowj=0 name1= namej=
for e in ${engines//,/ }; do
	read -r w1 c1 rc1 f1 x1 < <(timed "$e-j1" "$e" 1)
	row "$e alone, -j1" "$w1" "$c1" "$rc1" "$f1" "$x1"
	read -r w c rc f x < <(timed "$e-j$jobs" "$e" "$jobs")
	row "$e alone, -j$jobs" "$w" "$c" "$rc" "$f" "$x"
	if awk -v a="$w1" -v b="$slow1" 'BEGIN { exit !(a > b) }'; then
		slow1=$w1 name1=$e
	fi
	if awk -v a="$w" -v b="$slowj" 'BEGIN { exit !(a > b) }'; then
		slowj=$w namej=$e
	fi
done
read -r w c rc f x < <(timed all "$engines" "$jobs")
row "all engines, -j$jobs" "$w" "$c" "$rc" "$f" "$x"
awk -v a="$w" -v b="$slowj" -v s="$namej" -v j="$jobs" 'BEGIN {
	printf "ratio: all engines -j%s / slowest engine alone -j%s (%s) = %.2f\n", j, j, s, a / b }'
awk -v a="$w" -v b="$slow1" -v s="$name1" -v j="$jobs" 'BEGIN {
	printf "ratio: all engines -j%s / slowest engine alone -j1 (%s) = %.2f\n", j, s, a / b }'
echo "target: <= 1.10"
