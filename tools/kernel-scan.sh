#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Scan a Linux 6.1 tree with pgcheck's engines and write a findings report.
#
# usage: tools/kernel-scan.sh [-a ARCH] [-b BUILD] [-o REPORT] [-e ENGINES]
#                             [-j N] WORKDIR [DIR...]
#
#   WORKDIR  where linux-source-6.1/ is (or is unpacked to, from
#            /usr/src/linux-source-6.1.tar.xz, Debian's linux-source-6.1)
#   DIR...   kernel directories to scan; default: mm/ arch/ARCH/mm/ kernel/
#            lib/ drivers/iommu/
#   -a       x86 (default) or arm64: the tree's architecture (ARCH=arm64 is
#            a plain defconfig, which has the hot-remove teardown code; its
#            default engine is clang only, as the cross build was tested)
#   -b       pgcheck build directory (default: build next to this script)
#   -o       report file (default: WORKDIR/pgcheck-findings.txt)
#   -e       engines, comma separated: clang, sparse, cocci (default: all;
#            clang for arm64)
#   -j       parallel jobs (default 2; the machine has 2 cores)
#
# Steps, each printing how long it took:
#   1. unpack (skipped if WORKDIR/linux-source-6.1/Makefile exists);
#   2. configure x86_64 defconfig plus the page-table teardown code that
#      defconfig compiles out, or arm64 defconfig (skipped if .config
#      exists; a tree is configured for one architecture);
#   3. build the objects of DIR... with clang-16 (LLVM=-16) and write
#      compile_commands.json (make is incremental: a built tree is quick);
#   4. clang engine:  pgcheck-clang -p . FILE...   (every .c of DIR... in the
#                     database, one process, header functions deduplicated)
#      sparse engine: make LLVM=-16 C=2 CHECK=pgcheck-sparse DIR...
#      cocci engine:  make coccicheck COCCI=cocci/RULE.cocci MODE=report M=DIR
#                     for each rule script and DIR (the source as written,
#                     every .c file whatever the configuration; the kernel's
#                     own coccicheck, which passes spatch the kernel's
#                     include paths and macro file - the driver's per-file
#                     adapter without them cannot parse much of mm/)
#   5. the report: every finding line, sorted and de-duplicated per engine,
#      with counts per engine and rule.
#
# Exit status: 0 scan done (findings or not), 2 usage or tool error.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=$here/build
report=
engines=
jobs=2
arch=x86

die() {
	echo "kernel-scan: $*" >&2
	exit 2
}

while getopts a:b:o:e:j: opt; do
	case $opt in
	a) arch=$OPTARG ;;
	b) build=$(cd "$OPTARG" && pwd) || die "no build directory $OPTARG" ;;
	o) report=$OPTARG ;;
	e) engines=$OPTARG ;;
	j) jobs=$OPTARG ;;
	*) die "usage: $0 [-a ARCH] [-b BUILD] [-o REPORT] [-e ENGINES] [-j N] WORKDIR [DIR...]" ;;
	esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || die "usage: $0 [-a ARCH] [-b BUILD] [-o REPORT] [-e ENGINES] [-j N] WORKDIR [DIR...]"
case $arch in
x86) kmake="make LLVM=-16" default_engines=clang,sparse,cocci ;;
arm64) kmake="make LLVM=-16 ARCH=arm64" default_engines=clang ;;
*) die "unknown architecture $arch (x86 or arm64)" ;;
esac
engines=${engines:-$default_engines}
work=$1
shift
for e in $(echo "$engines" | tr , ' '); do
	case $e in clang|sparse|cocci) ;; *) die "unknown engine $e" ;; esac
done
[ $# -gt 0 ] || set -- mm/ "arch/$arch/mm/" kernel/ lib/ drivers/iommu/
mkdir -p "$work" || die "cannot create $work"
work=$(cd "$work" && pwd)
tree=$work/linux-source-6.1
report=${report:-$work/pgcheck-findings.txt}
case $report in /*) ;; *) report=$(pwd)/$report ;; esac
out=$work/pgcheck-scan
mkdir -p "$out"

has() {
	case ",$engines," in *,"$1",*) return 0 ;; esac
	return 1
}

clang_tool=$build/clang-plugin/pgcheck-clang
sparse_tool=$build/sparse/pgcheck-sparse
! has clang || [ -x "$clang_tool" ] || die "missing $clang_tool (build pgcheck)"
! has sparse || [ -x "$sparse_tool" ] || die "missing $sparse_tool (build pgcheck)"
! has cocci || command -v spatch >/dev/null ||
	die "spatch not found (apt-get install coccinelle)"

# step NAME COMMAND...: run it, log its output, record the time it took.
timing=$out/timing.txt
: >"$timing"
step() {
	name=$1
	shift
	t0=$(date +%s)
	echo "kernel-scan: $name ..." >&2
	rc=0
	"$@" >"$out/$name.log" 2>&1 || rc=$?
	t1=$(date +%s)
	echo "$name: $((t1 - t0)) s (exit $rc)" | tee -a "$timing" >&2
	return 0
}

# 1. Unpack.
if [ ! -f "$tree/Makefile" ]; then
	tarball=/usr/src/linux-source-6.1.tar.xz
	[ -f "$tarball" ] || die "$tarball missing (apt-get install linux-source-6.1)"
	step unpack tar -C "$work" -xf "$tarball"
	[ -f "$tree/Makefile" ] || die "unpacking $tarball failed (see $out/unpack.log)"
fi
cd "$tree"

# 2. Configure: defconfig compiles out most page-table teardown code
#    (BRIEF §6); WERROR off so one new warning does not stop the scan.
configure() {
	if [ "$arch" = arm64 ]; then
		$kmake defconfig
		scripts/config -d WERROR
		$kmake olddefconfig
		return
	fi
	$kmake defconfig
	scripts/config -e MEMORY_HOTPLUG -e MEMORY_HOTREMOVE \
		-e TRANSPARENT_HUGEPAGE -e HUGETLBFS -e SPARSEMEM_VMEMMAP \
		-e KASAN -e KASAN_GENERIC -e AMD_MEM_ENCRYPT -e X86_5LEVEL \
		-e AMD_IOMMU -e INTEL_IOMMU -d WERROR
	$kmake olddefconfig
}
if [ ! -f .config ]; then
	step configure configure
	[ -f .config ] || die "configuring failed (see $out/configure.log)"
fi

# 3. Objects and the compilation database.
# shellcheck disable=SC2086
step build $kmake -j"$jobs" "$@"
step compdb python3 scripts/clang-tools/gen_compile_commands.py -d .

# The .c files of DIR... that the configuration builds (database entries).
python3 - "$@" >"$out/files.txt" <<'PY'
import json, os, sys
dirs = [d.rstrip("/") + "/" for d in sys.argv[1:]]
seen = set()
for e in json.load(open("compile_commands.json")):
    f = os.path.relpath(os.path.join(e["directory"], e["file"]))
    if f.endswith(".c") and any(f.startswith(d) for d in dirs) and f not in seen:
        seen.add(f)
        print(f)
PY
echo "kernel-scan: $(wc -l <"$out/files.txt") compiled .c files in $*" >&2

# 4. Engines.
if has clang; then
	# shellcheck disable=SC2046
	step clang "$clang_tool" -p . $(cat "$out/files.txt")
fi
if has sparse; then
	# C=2: check every file of DIR..., built or not.
	# shellcheck disable=SC2086
	step sparse $kmake -j"$jobs" C=2 CHECK="$sparse_tool" "$@"
fi
cocci_all() {
	for d in "$@"; do
		for r in pgtable-free-unflushed flush-range-short \
			sleeping-alloc-in-atomic alloc-in-noalloc; do
			$kmake coccicheck COCCI="$here/cocci/$r.cocci" \
				MODE=report M="$d" J="$jobs" || return 1
		done
	done
}
if has cocci; then
	step cocci cocci_all "$@"
fi

# 5. Report.
{
	echo "# pgcheck findings, Linux 6.1 $arch ($tree)"
	echo "# directories: $*"
	echo "# compiled .c files: $(wc -l <"$out/files.txt")"
	echo "# timings:"
	sed 's/^/#   /' "$timing"
	for e in clang sparse cocci; do
		has "$e" || continue
		grep -h '\[pgcheck-' "$out/$e.log" | grep -v ': note:' |
			sed "s|^$tree/||" | sort -u >"$out/$e.findings" || true
		echo
		echo "## $e: $(wc -l <"$out/$e.findings") findings"
		sed 's/.*\[pgcheck-\(.*\)\]$/\1/' "$out/$e.findings" |
			sort | uniq -c | sed 's/^/#  /'
		cat "$out/$e.findings"
		if grep -Eq 'Segmentation|Aborted|internal error|assert' \
			"$out/$e.log"; then
			echo "# $e: crash or internal error, see $out/$e.log"
		fi
	done
} >"$report"
echo "kernel-scan: report in $report" >&2
