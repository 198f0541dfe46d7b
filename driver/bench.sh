#!/usr/bin/env bash
# Benchmark of the driver on a Linux 6.1 tree's mm/, with -j2: the wall time
# of pgcheck running every engine, and of pgcheck running each engine alone,
# measured in the same run, and the ratio to the slowest single engine.
# Prints times and ratios; it is not a timed test.
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

timed() {
	local t0 t1 rc=0
	t0=$(date +%s.%N)
	"$pgcheck" -q --no-progress -j"$jobs" -f json -o "$1.json" \
		--engine="$2" -p "$linux" "$linux/mm" 2>"$1.err" || rc=$?
	t1=$(date +%s.%N)
	echo "$t0 $t1 $rc" | awk '{ printf "%.2f %d\n", $2 - $1, $3 }'
}

echo "pgcheck benchmark: $linux/mm ($nfiles files), -j$jobs, engines $engines"
# PGCHECK_BENCH_OUT=DIR keeps each run's JSON report and stderr there.
if [ -n "${PGCHECK_BENCH_OUT:-}" ]; then
	out=$PGCHECK_BENCH_OUT
	mkdir -p "$out"
else
	out=$(mktemp -d)
	trap 'rm -rf "$out"' EXIT
fi
slowest=0
slowest_name=
for e in ${engines//,/ }; do
	read -r t rc < <(timed "$out/$e" "$e")
	n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["findings"]), len(d["errors"]))' "$out/$e.json")
	printf '  %-8s alone: %7.2f s  exit %d  (findings, errors: %s)\n' "$e" "$t" "$rc" "$n"
	if awk -v a="$t" -v b="$slowest" 'BEGIN { exit !(a > b) }'; then
		slowest=$t
		slowest_name=$e
	fi
done
read -r t rc < <(timed "$out/all" "$engines")
n=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["findings"]), len(d["errors"]))' "$out/all.json")
printf '  %-8s       %7.2f s  exit %d  (findings, errors: %s)\n' "all" "$t" "$rc" "$n"
awk -v a="$t" -v b="$slowest" -v s="$slowest_name" 'BEGIN {
	printf "ratio: driver (all engines) / slowest single engine (%s) = %.2f (target <= 1.10)\n", s, a / b }'
