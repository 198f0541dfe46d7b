#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Every case in the corpus must compile with no diagnostics at all under
# gcc, clang-16 and sparse, against the kernel-style headers.
#
# usage: check-compile.sh [SOURCE_DIR [CASE.c ...]]
#   SOURCE_DIR defaults to the repository this script lives in; with no
#   cases given, all of tests/cases/*.c are checked.
# Environment: CC_GCC, CC_CLANG, SPARSE override the tools.
# Exit status: 0 all clean, 1 some case failed, 2 a tool is missing.
#
# sparse runs with -Wno-context: sparse 0.6.4 reports every __cond_lock()
# used as a condition (spin_trylock() and friends, exactly as the kernel
# headers spell them) as a "context imbalance", and it does not run the
# cleanup handlers of <linux/cleanup.h> guards.  Lock-context checking is
# sparse's own lint, not part of what the corpus must satisfy.

here=$(cd "$(dirname "$0")" && pwd)
src=${1:-$(cd "$here/../.." && pwd)}
[ $# -gt 0 ] && shift

CC_GCC=${CC_GCC:-gcc}
CC_CLANG=${CC_CLANG:-clang-16}
SPARSE=${SPARSE:-$src/.deps/sparse/sparse}

for tool in "$CC_GCC" "$CC_CLANG" "$SPARSE"; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "check-compile: tool not found: $tool" >&2
		exit 2
	fi
done

if [ $# -eq 0 ]; then
	set -- "$src"/tests/cases/*.c
fi
if [ ! -e "$1" ]; then
	echo "check-compile: no cases found under $src/tests/cases" >&2
	exit 2
fi

inc="-nostdinc -I $src/tests/include -I $src/include"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
failed=0
count=0

# run NAME CMD...: run a compiler, fail the case on any output or status.
run() {
	name=$1
	shift
	if ! "$@" >"$out" 2>&1 || [ -s "$out" ]; then
		echo "FAIL $case ($name):"
		sed 's/^/    /' "$out"
		failed=$((failed + 1))
	fi
}

for case in "$@"; do
	count=$((count + 1))
	run gcc "$CC_GCC" -std=gnu11 -fsyntax-only -Wall -Werror $inc "$case"
	run clang "$CC_CLANG" -std=gnu11 -fsyntax-only -Wall -Werror $inc "$case"
	run sparse "$SPARSE" -Wno-context $inc "$case"
done

if [ "$failed" -ne 0 ]; then
	echo "check-compile: $failed failure(s) in $count case(s)"
	exit 1
fi
echo "check-compile: $count case(s) clean under gcc, clang and sparse"
exit 0
