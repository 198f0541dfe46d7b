#!/usr/bin/env bash
# The main job on a bundled default: the pgcheck driver runs every engine this
# build has over the example kernel-style code in examples/ and prints the
# merged findings.  Engines that are not built are named, never silently left
# out.  Exit status is the driver's: 0 no findings, 1 findings (the examples
# have three), 2 a tool or set-up error.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${PGCHECK_BUILD_DIR:-$top/build}

bash "$top/scripts/setup.sh"
echo "demo: building pgcheck in $build"
cmake -S "$top" -B "$build" >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null

driver=$build/driver/pgcheck
if [ ! -x "$driver" ]; then
	echo "demo: the driver was not built; cmake -S $top -B $build says why" >&2
	exit 2
fi
echo "demo: $driver -I tests/include -I include examples/"
cd "$top"
exec "$driver" --no-progress -I tests/include -I include examples/
