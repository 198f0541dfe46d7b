#!/usr/bin/env bash
# The main job on a bundled default: every engine that is built, over the
# example kernel-style code in examples/, printing findings.  Engines that are
# not built are named, never silently left out.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${PGCHECK_BUILD_DIR:-$top/build}

bash "$top/scripts/setup.sh" >/dev/null
cmake -S "$top" -B "$build" >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null

includes=(-I "$top/tests/include" -I "$top/include")
found=0 ran=0
while IFS= read -r line; do
	name=${line%%[=!]*}
	case $line in
	*=*)
		adapter=${line#*=}
		ran=$((ran + 1))
		echo "== $name"
		for f in "$top"/examples/*.c; do
			rc=0
			(cd "$top" && "$adapter" "${includes[@]}" "examples/$(basename "$f")") || rc=$?
			case $rc in
			0) ;;
			1) found=1 ;;
			*) echo "demo: $name failed on $f (exit $rc)" >&2; exit 2 ;;
			esac
		done
		;;
	*!*)
		echo "== $name: not run (${line#*!})"
		;;
	esac
done < "$build/engines.txt"
[ $ran -gt 0 ] || { echo "demo: no engine is built" >&2; exit 2; }
exit $found
