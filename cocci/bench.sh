#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Benchmark: every pgcheck semantic patch over a kernel tree with make
# coccicheck (report mode, J jobs), against the kernel's own
# scripts/coccinelle/locks/call_kern.cocci (GFP_KERNEL under a lock) as the
# baseline.  Prints wall-clock seconds, findings and each script's ratio to
# the baseline.  Not a timed test: numbers depend on the machine.
#
#   cocci/bench.sh KERNEL_TREE [SUBDIR] [J]
#   e.g. cocci/bench.sh /tmp/linux-source-6.1          (whole tree, J=2)
#        cocci/bench.sh /tmp/linux-source-6.1 mm 2
set -eu

tree=${1:?usage: bench.sh KERNEL_TREE [SUBDIR] [J]}
sub=${2:-}
jobs=${3:-2}
here=$(cd "$(dirname "$0")" && pwd)
baseline=scripts/coccinelle/locks/call_kern.cocci

if [ ! -f "$tree/Makefile" ] || [ ! -f "$tree/$baseline" ]; then
	echo "bench.sh: $tree is not a kernel tree with $baseline" >&2
	exit 2
fi
command -v spatch >/dev/null || { echo "bench.sh: spatch not found" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# run NAME COCCI: time one make coccicheck run; prints "seconds findings".
run() {
	start=$(date +%s.%N)
	if [ -n "$sub" ]; then
		make -C "$tree" -s coccicheck COCCI="$2" MODE=report J="$jobs" \
			M="$sub" >"$out/$1.log" 2>&1 || true
	else
		make -C "$tree" -s coccicheck COCCI="$2" MODE=report J="$jobs" \
			>"$out/$1.log" 2>&1 || true
	fi
	end=$(date +%s.%N)
	if grep -q "^coccicheck failed" "$out/$1.log"; then
		echo "bench.sh: $1 failed:" >&2
		tail -5 "$out/$1.log" >&2
		exit 2
	fi
	n=$(grep -c ':[0-9]*:[0-9]*-[0-9]*: ' "$out/$1.log" || true)
	echo "$(echo "$end - $start" | bc) $n"
}

echo "tree: $tree ${sub:+(M=$sub)}  J=$jobs  $(spatch --version | head -1)"
set -- $(run baseline "$tree/$baseline")
base=$1
printf '%-28s %9.1f s %6d findings  ratio 1.00\n' call_kern.cocci "$1" "$2"
total=0
for sp in "$here"/*.cocci; do
	name=$(basename "$sp")
	set -- $(run "$name" "$sp")
	total=$(echo "$total + $1" | bc)
	printf '%-28s %9.1f s %6d findings  ratio %.2f\n' "$name" "$1" "$2" \
		"$(echo "$1 / $base" | bc -l)"
done
printf '%-28s %9.1f s %6s           ratio %.2f\n' "all pgcheck scripts" \
	"$total" "" "$(echo "$total / $base" | bc -l)"
