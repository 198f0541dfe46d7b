#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Benchmark: every pgcheck semantic patch, and their combination
# pgcheck-all.cocci (one run, what the adapter uses), over a kernel tree with
# make coccicheck (report mode, J jobs), against the kernel's own
# scripts/coccinelle/locks/call_kern.cocci (GFP_KERNEL under a lock) as the
# baseline.  Prints wall-clock seconds, findings and each script's ratio to
# the baseline.  Not a timed test: numbers depend on the machine.
#
#   cocci/bench.sh KERNEL_TREE [SUBDIR] [J] [SCRIPT.cocci ...]
#   e.g. cocci/bench.sh /tmp/linux-source-6.1          (whole tree, J=2)
#        cocci/bench.sh /tmp/linux-source-6.1 mm 2
#        cocci/bench.sh /tmp/linux-source-6.1 "" 2 pgcheck-all.cocci
set -eu

tree=${1:?usage: bench.sh KERNEL_TREE [SUBDIR] [J]}
sub=${2:-}
jobs=${3:-2}
shift $(($# < 3 ? $# : 3))
here=$(cd "$(dirname "$0")" && pwd)
baseline=scripts/coccinelle/locks/call_kern.cocci

if [ ! -f "$tree/Makefile" ] || [ ! -f "$tree/$baseline" ]; then
	echo "bench.sh: $tree is not a kernel tree with $baseline" >&2
	exit 2
fi
command -v spatch >/dev/null || { echo "bench.sh: spatch not found" >&2; exit 2; }

# BENCH_LOGS=DIR keeps each run's output (the findings) there.
out=${BENCH_LOGS:-$(mktemp -d)}
mkdir -p "$out"
[ -n "${BENCH_LOGS:-}" ] || trap 'rm -rf "$out"' EXIT

# run NAME COCCI: time one make coccicheck run; prints "wall cpu findings"
# (cpu: user + system seconds of make and every spatch it ran, steadier than
# wall time on a machine shared with other jobs).
run() {
	/usr/bin/time -f '%e %U %S' -o "$out/$1.time" \
		make -C "$tree" -s coccicheck COCCI="$2" MODE=report J="$jobs" \
		${sub:+M="$sub"} >"$out/$1.log" 2>&1 || true
	if grep -q "^coccicheck failed" "$out/$1.log"; then
		echo "bench.sh: $1 failed:" >&2
		tail -5 "$out/$1.log" >&2
		exit 2
	fi
	n=$(grep -c ':[0-9]*:[0-9]*-[0-9]*: ' "$out/$1.log" || true)
	read -r wall user sys <"$out/$1.time"
	echo "$wall $(echo "$user + $sys" | bc) $n"
}

# line NAME WALL CPU FINDINGS
line() {
	printf '%-26s %8.1f s %8.1f s cpu %5s findings  ratio %5.2f  cpu %5.2f\n' \
		"$1" "$2" "$3" "$4" "$(echo "$2 / $base" | bc -l)" \
		"$(echo "$3 / $basecpu" | bc -l)"
}

# The rule scripts one by one (their sum is the cost of four runs), then
# all of them in one run; or only the scripts named on the command line.
all=
if [ $# -eq 0 ]; then
	for sp in "$here"/*.cocci; do
		[ "$(basename "$sp")" = pgcheck-all.cocci ] || set -- "$@" "$sp"
	done
	all=$here/pgcheck-all.cocci
fi

echo "tree: $tree ${sub:+(M=$sub)}  J=$jobs  $(spatch --version | head -1)"
r=$(run baseline "$tree/$baseline")
base=${r%% *}
basecpu=$(echo "$r" | cut -d' ' -f2)
line call_kern.cocci $r
total=0
totalcpu=0
for sp in "$@"; do
	case $sp in /*) ;; *) sp=$here/$sp ;; esac
	r=$(run "$(basename "$sp")" "$sp")
	total=$(echo "$total + ${r%% *}" | bc)
	totalcpu=$(echo "$totalcpu + $(echo "$r" | cut -d' ' -f2)" | bc)
	line "$(basename "$sp")" $r
done
if [ -n "$all" ]; then
	line "sum of the four runs" "$total" "$totalcpu" ""
	line pgcheck-all.cocci $(run pgcheck-all.cocci "$all")
fi
