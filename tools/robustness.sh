#!/usr/bin/env bash
# Robustness run of the clang plugin and pgcheck-sparse over a kernel build:
# the plugin in a real "make LLVM=-16 KCFLAGS=-fplugin=...", then
# pgcheck-sparse as CHECK over the same objects (make C=2 re-checks every
# file without recompiling).  Every compile and every check runs under
# timeout(1) through a logging wrapper; the summary counts files, crashes
# (signals, clang's crash banner), hangs (timeouts), pgcheck's own errors
# and the kernel's own compile or parse errors.
#
#   tools/robustness.sh TREE BUILD_DIR [DIR/ ...]
#
# TREE: a configured x86_64 tree (make LLVM=-16 defconfig); it is built in
# place.  No DIR: the whole tree (vmlinux and modules).  BUILD_DIR: the
# pgcheck build.  Env: CC_TIMEOUT (s per compile, default 600), CHECK_TIMEOUT
# (s per check, default 300), MAKE_TIMEOUT (s per engine's make, default
# none: a bounded run stops there and says so), OUT (logs; default a new
# temporary directory), ENGINES ("clang sparse" by default), ROBUST_CC (the
# compiler, default clang-16; the test gives a fake one).  Exit status: 0 when no crash, hang or
# pgcheck error was found, 1 otherwise, 2 on bad usage.
set -uo pipefail
if [ $# -lt 2 ]; then
	echo "usage: $0 TREE BUILD_DIR [DIR/ ...]" >&2
	exit 2
fi
tree=$(cd "$1" && pwd) || exit 2
build=$(cd "$2" && pwd) || exit 2
shift 2
plugin=$build/clang-plugin/pgcheck-clang-plugin.so
pgs=$build/sparse/pgcheck-sparse
[ -f "$tree/.config" ] || { echo "robustness: $tree is not configured" >&2; exit 2; }
[ -e "$plugin" ] && [ -x "$pgs" ] || { echo "robustness: $build lacks the plugin or pgcheck-sparse" >&2; exit 2; }
out=${OUT:-$(mktemp -d)}
mkdir -p "$out/crash"
engines=${ENGINES:-clang sparse}

# wrapper NAME TIMEOUT TOOL...: runs the tool, logs one line per C source
# ("status seconds source") and keeps the stderr of any crash or hang.
wrapper() {
	local name=$1 limit=$2
	shift 2
	cat > "$out/$name-wrap" <<WRAP
#!/bin/bash
src=
for a; do case \$a in *.c) src=\$a ;; esac; done
err=\$(mktemp)
t0=\$(date +%s.%N)
timeout -k 10 $limit $* "\$@" 2> "\$err"
rc=\$?
t1=\$(date +%s.%N)
cat "\$err" >&2
if [ -n "\$src" ]; then
	echo "\$rc \$(echo "\$t1 - \$t0" | bc) \$PWD/\$src" >> "$out/$name.log"
	kind=
	case \$rc in
	124|137) kind=hang ;;
	130) ;;		# SIGINT: MAKE_TIMEOUT stopped the make
	*) if [ \$rc -gt 128 ] ||
	      grep -q 'PLEASE submit a bug report\|Stack dump:' "\$err"; then
		kind=crash
	   fi ;;
	esac
	[ -z "\$kind" ] || cp "\$err" "$out/crash/$name-\$kind-\$(echo "\$src" | tr / _).txt"
fi
rm -f "\$err"
# Findings (pgcheck-sparse status 1) are not a failure of the build.
[ "$name" = sparse ] && [ \$rc = 1 ] && exit 0
exit \$rc
WRAP
	chmod +x "$out/$name-wrap"
}
wrapper clang "${CC_TIMEOUT:-600}" "${ROBUST_CC:-clang-16}"
wrapper sparse "${CHECK_TIMEOUT:-300}" "$pgs"

# The plugin run defines the objects; the sparse run passes the same CC and
# KCFLAGS so that nothing is recompiled and make only runs the checker.
mk=(timeout -s INT "${MAKE_TIMEOUT:-0}" make -C "$tree" -k -j2 LLVM=-16 CC="$out/clang-wrap"
    KCFLAGS="-fplugin=$plugin" "$@")
for e in $engines; do
	: > "$out/$e.log"
	t0=$(date +%s)
	case $e in
	clang)	"${mk[@]}" > "$out/clang.make" 2>&1 ;;
	sparse)	"${mk[@]}" C=2 CHECK="$out/sparse-wrap" > "$out/sparse.make" 2>&1 ;;
	*)	echo "robustness: unknown engine $e" >&2; exit 2 ;;
	esac
	rc=$?
	[ $rc = 124 ] && rc="124 (stopped at MAKE_TIMEOUT=${MAKE_TIMEOUT}s)"
	echo "$e: make exit $rc, $(( $(date +%s) - t0 )) s wall" > "$out/$e.time"
done

bad=0
for e in $engines; do
	log=$out/$e.log
	# A source checked twice (e.g. by a rerun) counts once, its last run.
	files=$(awk '{s[$3] = $1} END {print length(s)}' "$log")
	hangs=$(find "$out/crash" -name "$e-hang-*" | wc -l)
	crashes=$(find "$out/crash" -name "$e-crash-*" | wc -l)
	case $e in
	clang)	perr=$(grep -c 'error: pgcheck:' "$out/clang.make" || true)
		# clang's driver exits 1 after a crash too.
		own="compile failures (status 1-123) $(awk '$1 != 0 && $1 < 124' "$log" | wc -l)" ;;
	sparse)	perr=$(grep -c '^pgcheck-sparse: ' "$out/sparse.make" || true)
		own="status 2 (sparse's die() or a pgcheck error) $(awk '$1 == 2' "$log" | wc -l)" ;;
	esac
	slow=$(sort -k2 -g -r "$log" | head -n1 | awk '{printf "%.1f s %s", $2, $3}')
	cat "$out/$e.time"
	echo "$e: files $files, crashes $crashes, hangs $hangs," \
	     "pgcheck errors $perr, $own;" \
	     "slowest $slow"
	[ $((hangs + crashes + perr)) -eq 0 ] || bad=1
done
echo "logs: $out"
exit $bad
