#!/bin/bash
# A long fuzzing run of one target on one core (docs/reliability.md).
#
#   fuzz/run-long.sh TARGET SECONDS [LIBFUZZER-FLAGS...]
#
# TARGET: fuzz-vocab, fuzz-ir, fuzz-driver or fuzz-sparse.  The build
# directory is $PGCHECK_BUILD (default: build/ in the repository); the
# corpus grows in BUILD/fuzz/corpus/TARGET across runs.  The last lines
# are libFuzzer's final figures (stat::number_of_executed_units, ...).
set -eu
[ $# -ge 2 ] || { echo "usage: run-long.sh TARGET SECONDS [FLAGS...]" >&2; exit 2; }
target=$1 secs=$2
shift 2
src=$(cd "$(dirname "$0")" && pwd)
bin="${PGCHECK_BUILD:-$src/../build}/fuzz"
exec bash "$src/run.sh" "$bin" "$target" -max_total_time="$secs" \
	-seed="${FUZZ_SEED:-1}" "$@"
