#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: install dependencies,
# then configure, build and run ctest twice: the plain build ($top/build),
# then everything built with ASan+UBSan ($top/build-asan, docs/sanitizers.md).
# PGCHECK_SANITIZE_PASS=0 skips the second pass (a quick local run).
# Re-runs are fast (every step is incremental).  Arguments go to ctest.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${PGCHECK_BUILD_DIR:-$top/build}
asan_build=${PGCHECK_ASAN_BUILD_DIR:-$top/build-asan}
jobs=$(nproc)

bash "$top/scripts/setup.sh"

# One pass: NAME DIR [cmake options].  Called under ||, where set -e is
# off: every step says its own failure.
pass() {
	local name=$1 dir=$2
	shift 2
	echo "test: [$name] configuring $dir"
	cmake -S "$top" -B "$dir" "$@" >/dev/null || return 1
	echo "test: [$name] building"
	cmake --build "$dir" -j"$jobs" >/dev/null || return 1
	echo "test: [$name] running ctest"
	(cd "$dir" && ctest -j"$jobs" --output-on-failure "${ctest_args[@]}")
}

ctest_args=("$@")
rc=0
pass plain "$build" || rc=1
if [ "${PGCHECK_SANITIZE_PASS:-1}" != 0 ]; then
	pass asan "$asan_build" -DPGCHECK_SANITIZE=ON || rc=1
else
	echo "test: sanitizer pass skipped (PGCHECK_SANITIZE_PASS=0)"
fi
exit $rc
