#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: install dependencies,
# configure, build, run ctest.  Re-runs are fast (every step is incremental).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${PGCHECK_BUILD_DIR:-$top/build}
jobs=$(nproc)

bash "$top/scripts/setup.sh"
echo "test: configuring $build"
cmake -S "$top" -B "$build" >/dev/null
echo "test: building"
cmake --build "$build" -j"$jobs" >/dev/null
echo "test: running ctest"
cd "$build"
ctest -j"$jobs" --output-on-failure "$@"
