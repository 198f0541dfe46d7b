#!/bin/bash
# Run one fuzz target over its seeds and its crash reproducers.
#
#   run.sh BUILD/fuzz TARGET [--fresh] [LIBFUZZER-FLAGS...]
#
# The smoke tests (fuzz/CMakeLists.txt) pass --fresh -runs=N; run-long.sh
# passes -max_total_time.  New inputs go to BUILD/fuzz/corpus/TARGET (kept
# between long runs; with --fresh, to an emptied BUILD/fuzz/smoke/TARGET,
# so that a smoke run is the same every time), crashes to
# BUILD/fuzz/artifacts/.  Every input in
# fuzz/regressions/TARGET/ is run first: a reproducer that crashes again
# fails the run.  Exit status: libFuzzer's (0, or 1 on a finding).
set -eu
bin=$1 target=$2
shift 2
src=$(cd "$(dirname "$0")" && pwd)
exe="$bin/$target"
[ -x "$exe" ] || { echo "run.sh: no fuzz target $exe (build fuzz-targets)" >&2; exit 2; }
[ -d "$bin/seeds/$target" ] || { echo "run.sh: no seeds in $bin/seeds/$target" >&2; exit 2; }
corpus="$bin/corpus/$target"
export FUZZ_TMPDIR="$bin/tmp/long-$target"
norand=() fixed=()
if [ "${1:-}" = --fresh ]; then
	corpus="$bin/smoke/$target"
	FUZZ_TMPDIR="$bin/tmp/smoke-$target"
	rm -rf "$corpus"
	shift
	# Repeatable: no address randomisation (libFuzzer mutates with the
	# values the code compares, pointers among them), no timed reloads.
	setarch "$(uname -m)" -R true 2>/dev/null &&
		norand=(setarch "$(uname -m)" -R)
	fixed=(-reload=0)
fi
mkdir -p "$bin/tmp"
mkdir -p "$corpus" "$bin/artifacts"
dirs=("$corpus" "$bin/seeds/$target")
[ -d "$src/regressions/$target" ] && dirs+=("$src/regressions/$target")
supp="$src/lsan-$target.supp"
[ -f "$supp" ] && export LSAN_OPTIONS="suppressions=$supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# Findings are what the sanitizers and the targets' own checks report;
# what the driver and sparse print about bad input only slows the run
# (-close_fd_mask=3; libFuzzer and the sanitizers keep their output).
# fuzz-ir and fuzz-vocab print nothing but their oracles' complaints.
case $target in
fuzz-driver|fuzz-sparse) mask=3 ;;
*) mask=0 ;;
esac
exec "${norand[@]}" "$exe" -seed=1 -timeout=10 -rss_limit_mb=2048 -close_fd_mask=$mask \
	-print_final_stats=1 -artifact_prefix="$bin/artifacts/$target-" \
	"${fixed[@]}" "$@" "${dirs[@]}"
