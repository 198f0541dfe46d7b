#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Whole-tree (or sample) run of one semantic patch, for speed and
# robustness: spatch in report mode over every .c file of a directory, with
# the flags make coccicheck uses (--jobs J --chunksize 1, the script's
# // Options:) plus a per-file --timeout and parse-error messages.  Prints
# wall and CPU seconds, the files spatch parsed (the others hold none of the
# names the script requires), findings, parse errors, timeouts, other
# spatch exceptions and the exit status.
#
#   cocci/tree-run.sh DIR SCRIPT.cocci [J] [TIMEOUT] [LOGDIR]
#
# A sample of a kernel tree: cocci/tree-run.sh --sample N TREE OUTDIR links
# every Nth .c file of TREE (sorted by path) into OUTDIR, keeping paths.
set -eu

if [ "${1:-}" = --sample ]; then
	n=${2:?usage: tree-run.sh --sample N TREE OUTDIR}
	tree=${3:?}
	outdir=${4:?}
	mkdir -p "$outdir"
	(cd "$tree" && find . -name '*.c' -type f | LC_ALL=C sort) |
		awk -v n="$n" 'NR % n == 1 || n == 1' |
		while read -r f; do
			mkdir -p "$outdir/$(dirname "$f")"
			ln -f "$tree/$f" "$outdir/$f" 2>/dev/null ||
				cp "$tree/$f" "$outdir/$f"
		done
	echo "$(find "$outdir" -name '*.c' | wc -l) files in $outdir"
	exit 0
fi

dir=${1:?usage: tree-run.sh DIR SCRIPT.cocci [J] [TIMEOUT] [LOGDIR]}
sp=${2:?usage: tree-run.sh DIR SCRIPT.cocci [J] [TIMEOUT] [LOGDIR]}
jobs=${3:-2}
timeout=${4:-120}
logs=${5:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
command -v spatch >/dev/null || { echo "tree-run.sh: spatch not found" >&2; exit 2; }
[ -d "$dir" ] && [ -f "$sp" ] || { echo "tree-run.sh: no $dir or $sp" >&2; exit 2; }
mkdir -p "$logs"
name=$(basename "$sp" .cocci)
opts=$(sed -n 's|^// Options:||p' "$sp" | head -1)
# pgcheck's own scripts get the parsing hint the adapter passes.
macros=
[ "$(cd "$(dirname "$sp")" && pwd)" != "$here" ] ||
	macros="--macro-file $here/pgcheck-macros.h"

# shellcheck disable=SC2086
/usr/bin/time -f '%e %U %S' -o "$logs/$name.time" \
	spatch -D report --no-show-diff --jobs "$jobs" --chunksize 1 \
	--timeout "$timeout" --verbose-parsing --parse-error-msg $opts $macros \
	--sp-file "$sp" --dir "$dir" >"$logs/$name.out" 2>"$logs/$name.err" &&
	status=0 || status=$?

count() { grep -c "$1" "$2" || true; }
read -r wall user sys <"$logs/$name.time" || true
echo "script:      $sp ($opts, --timeout $timeout s, --jobs $jobs)"
echo "c files:     $(find "$dir" -name '*.c' | wc -l)"
echo "parsed:      $(count '^HANDLING: ' "$logs/$name.err")"
echo "wall:        $wall s"
echo "cpu:         $(echo "$user + $sys" | bc) s"
echo "findings:    $(count ':[0-9]*:[0-9]*-[0-9]*: ' "$logs/$name.out")"
echo "parse errors: $(count '^parse error' "$logs/$name.err") in" \
	"$(grep -A1 '^parse error' "$logs/$name.err" |
		sed -n -e 's/^ = File "\([^"]*\)".*/\1/p' \
			-e 's/^ = error in \([^;]*\);.*/\1/p' | sort -u | wc -l) files"
echo "timeouts:    $(count '^EXN: .*Timeout' "$logs/$name.err")"
echo "other EXN:   $(grep '^EXN: ' "$logs/$name.err" | grep -vc Timeout || true)"
echo "exit status: $status"
echo "logs:        $logs/$name.{out,err}"
