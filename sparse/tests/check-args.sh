#!/bin/bash
# pgcheck-sparse takes the kernel's whole CHECK= argument list, as sparse
# does (make C=1/C=2 CHECK=pgcheck-sparse), and still runs its rules.
# Usage: check-args.sh PGCHECK-SPARSE TESTS-DIR PGCHECK-INCLUDE-DIR
set -u
exe=$1 dir=$2 inc=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The list -includes three kernel headers by relative path: give them.
mkdir -p "$work/include/linux"
: > "$work/include/linux/compiler-version.h"
: > "$work/include/linux/kconfig.h"
: > "$work/include/linux/compiler_types.h"
cp "$dir/check-args-case.c" "$work/case.c"
mapfile -t args < <(grep -v '^#' "$dir/kernel-check-args.txt")
[ ${#args[@]} -gt 50 ] || { echo "FAIL: argument list not read"; exit 1; }

cd "$work"
out=$("$exe" "${args[@]}" -I "$inc" case.c 2>&1)
rc=$?
echo "$out"
fail=0
if [ $rc != 0 ]; then
	echo "FAIL: exit $rc with the kernel's arguments (want 0: findings are warnings)"
	fail=1
fi
if grep -Eiq 'unknown (option|argument)|unrecognized|error:' <<<"$out"; then
	echo "FAIL: an argument was refused or an error printed"
	fail=1
fi
if ! grep -q 'case.c:[0-9]*:[0-9]*: warning: .*\[pgcheck-sleeping-alloc-in-atomic\]' <<<"$out"; then
	echo "FAIL: the finding in case.c is missing: the rules did not run"
	fail=1
fi
# The same list with --pgcheck-exit-status: findings make it exit 1.
"$exe" "${args[@]}" -I "$inc" --pgcheck-exit-status case.c >/dev/null 2>&1
rc=$?
if [ $rc != 1 ]; then
	echo "FAIL: --pgcheck-exit-status: exit $rc, want 1"
	fail=1
fi
[ $fail = 0 ] && echo "ok: the kernel's CHECK argument list is accepted"
exit $fail
