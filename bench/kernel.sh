#!/usr/bin/env bash
# Kernel benchmarks of the clang plugin and the sparse engine over one set
# of directories, each measured against its plain tool in one run, then the
# per-file cost against function count for both (bench/fit.py).
#
#   bench/kernel.sh CLANG_TREE SPARSE_TREE [BUILD_DIR]
#
# CLANG_TREE: a Linux tree configured and built once with LLVM=-16, with its
# compile_commands.json (clang-plugin/bench.sh).  SPARSE_TREE: a configured
# tree whose objects are built (sparse/bench.sh; make C=2 re-checks).
# BUILD_DIR: the pgcheck build (default: build).  DIRS overrides the default
# set; ROUNDS goes to sparse/bench.sh; OUT keeps the per-file tables.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -lt 2 ]; then
	echo "usage: $0 CLANG_TREE SPARSE_TREE [BUILD_DIR]" >&2
	exit 2
fi
ctree=$1 stree=$2
build=$(cd "${3:-$top/build}" && pwd)
read -r -a dirs <<< "${DIRS:-mm/ arch/x86/mm/ kernel/ lib/ drivers/iommu/}"
plugin=$build/clang-plugin/pgcheck-clang-plugin.so
pgs=$build/sparse/pgcheck-sparse
for f in "$plugin" "$pgs"; do
	[ -e "$f" ] || { echo "kernel.sh: $f not built" >&2; exit 2; }
done
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"

echo "== machine: $(nproc) cores; $(uptime)"
echo "== clang plugin vs clang-16 (${dirs[*]})"
PERFILE=$out/clang.tsv "$top/clang-plugin/bench.sh" "$ctree" "$plugin" "${dirs[@]}"
echo "== pgcheck-sparse vs sparse (${dirs[*]})"
PERFILE=$out/sparse.tsv PGCHECK_SPARSE=$pgs "$top/sparse/bench.sh" "$stree" "${dirs[@]}"
echo "== per-file cost against function count (tables in $out)"
"$top/bench/fit.py" "clang plugin" "$out/clang.tsv" \
	"pgcheck-sparse" "$out/sparse.tsv"
echo "== machine after: $(uptime)"
