#!/bin/bash
# Benchmark: pgcheck-sparse against plain sparse over a kernel directory whose
# objects are already built, measured in the same run (make C=2 re-checks
# every file without recompiling).  Prints the time ratio (target <= 1.3)
# and the peak memory of one checker process for each.
#
# Usage: sparse/bench.sh KERNEL-TREE [DIR/ ...]     (default DIR: mm/)
#   SPARSE=path/to/sparse PGCHECK_SPARSE=path/to/pgcheck-sparse
#   ROUNDS=N (default 3: the ratio uses each checker's best round)
#   PERFILE=FILE: also write one tab-separated row per file: path, CPU
#     seconds of sparse and of pgcheck-sparse (the memory round), and the
#     number of functions pgcheck-sparse translated (the "func" lines of its
#     --pgcheck-dump-ir, from an extra round that is not timed); bench/fit.py
#     reads it
# Example:
#   sparse/bench.sh /tmp/linux-6.1 mm/
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
tree=${1:?usage: bench.sh KERNEL-TREE [DIR/ ...]}
shift
dirs=("${@:-mm/}")
sparse=${SPARSE:-$top/.deps/sparse/sparse}
pgs=${PGCHECK_SPARSE:-}
if [ -z "$pgs" ]; then
	for b in "$top"/build*/sparse/pgcheck-sparse /tmp/build*/sparse/pgcheck-sparse; do
		[ -x "$b" ] && { pgs=$b; break; }
	done
fi
[ -x "$sparse" ] || { echo "bench: no sparse at $sparse (scripts/setup.sh)" >&2; exit 2; }
[ -x "${pgs:-}" ] || { echo "bench: set PGCHECK_SPARSE=path/to/pgcheck-sparse" >&2; exit 2; }
[ -f "$tree/.config" ] || { echo "bench: $tree is not a configured kernel tree" >&2; exit 2; }
rounds=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Memory and CPU: a wrapper per checker records each process's peak RSS and
# CPU time (getrusage of the child) with its file (kbuild passes the source
# last).  Only that last round runs through it, so that the timed rounds
# measure the checkers alone.  The CPU-time ratio is the steadier number on
# a machine shared with other work.
wrap() {	# wrap NAME CHECKER
	cat > "$work/$1" <<WRAP
#!/usr/bin/env python3
import resource, subprocess, sys
rc = subprocess.call(["$2"] + sys.argv[1:])
with open("$work/$1.rss", "a") as f:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    f.write("%d %.3f %s\\n" % (r.ru_maxrss, r.ru_utime + r.ru_stime,
                               sys.argv[-1]))
sys.exit(rc)
WRAP
	chmod +x "$work/$1"
}
wrap sparse "$sparse"
wrap pgcheck "$pgs"
# The function count of a file: pgcheck-sparse's IR, "func" lines.
cat > "$work/count" <<COUNT
#!/bin/bash
n=\$("$pgs" --pgcheck-dump-ir "\$@" 2>/dev/null | grep -c '^func ')
echo "\$n \${@: -1}" >> "$work/count.out"
COUNT
chmod +x "$work/count"

# Objects must exist so that make only runs the checker.
make -s -C "$tree" -j2 "${dirs[@]}" >/dev/null

run() {	# run CHECKER -> seconds
	local t0 t1
	t0=$(date +%s.%N)
	make -s -C "$tree" -j2 C=2 CHECK="$1" "${dirs[@]}" >/dev/null 2>>"$work/out.$2"
	t1=$(date +%s.%N)
	echo "$t1 - $t0" | bc
}
best_s= best_p=
for i in $(seq "$rounds"); do
	s=$(run "$sparse" sparse); p=$(run "$pgs" pgcheck)
	echo "round $i: sparse ${s}s  pgcheck-sparse ${p}s"
	if [ -z "$best_s" ] || [ "$(echo "$s < $best_s" | bc)" = 1 ]; then best_s=$s; fi
	if [ -z "$best_p" ] || [ "$(echo "$p < $best_p" | bc)" = 1 ]; then best_p=$p; fi
done
# The memory round.
make -s -C "$tree" -j2 C=2 CHECK="$work/sparse" "${dirs[@]}" >/dev/null 2>&1
make -s -C "$tree" -j2 C=2 CHECK="$work/pgcheck" "${dirs[@]}" >/dev/null 2>&1
files=$(wc -l < "$work/sparse.rss")
peak() { awk '{print $1}' "$work/$1.rss" | sort -n | tail -n1; }
cpu() { awk '{s += $2} END {printf "%.2f", s}' "$work/$1.rss"; }
echo "dirs: ${dirs[*]}  files checked: $files"
echo "time: sparse ${best_s}s, pgcheck-sparse ${best_p}s (best of $rounds)"
printf 'ratio pgcheck-sparse / sparse: %.2f (target <= 1.3)\n' \
	"$(echo "$best_p / $best_s" | bc -l)"
printf 'CPU time of the checker processes: sparse %ss, pgcheck-sparse %ss, ratio %.2f\n' \
	"$(cpu sparse)" "$(cpu pgcheck)" "$(echo "$(cpu pgcheck) / $(cpu sparse)" | bc -l)"
echo "peak RSS of one process: sparse $(peak sparse) kB, pgcheck-sparse $(peak pgcheck) kB"
echo "pgcheck findings (per round): $(( $(grep -c '\[pgcheck-' "$work/out.pgcheck" || true) / rounds ))"

if [ -n "${PERFILE:-}" ]; then
	make -s -C "$tree" -j2 C=2 CHECK="$work/count" "${dirs[@]}" >/dev/null 2>&1
	# path, sparse CPU, pgcheck-sparse CPU, functions (joined on path)
	awk 'FILENAME ~ /count.out$/ { n[$2] = $1; next }
	     FILENAME ~ /sparse.rss$/ { s[$3] = $2; next }
	     ($3 in s) && ($3 in n) { printf "%s\t%s\t%s\t%s\n", $3, s[$3], $2, n[$3] }' \
		"$work/count.out" "$work/sparse.rss" "$work/pgcheck.rss" > "$PERFILE"
fi
