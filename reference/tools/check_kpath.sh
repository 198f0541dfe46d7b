#!/bin/bash
# Compile every variant of every reference/mm file with gcc, clang-16 and
# sparse, as the engines will see it; any diagnostic fails.
#   check_kpath.sh GCC CLANG SPARSE      (run from the repository root)
set -u
gcc=${1:?gcc}; clang=${2:-}; sparse=${3:-}
flags="-nostdinc -I reference/include -I include"
status=0

run() {
	local out
	out=$("$@" 2>&1)
	if [ $? -ne 0 ] || [ -n "$out" ]; then
		echo "FAIL: $*"
		echo "$out"
		status=1
	fi
}

for f in reference/mm/*.c; do
	variants=("")
	while read -r flag; do
		variants+=("$flag")
	done < <(sed -n 's|.*/\* pgcheck-variant [A-Za-z0-9_-]*: *\(-D[A-Za-z0-9_=]*\) \*/.*|\1|p' "$f")
	for v in "${variants[@]}"; do
		run "$gcc" -fsyntax-only -Wall -Wextra -Wno-unused-parameter \
			-Wno-sign-compare $flags $v "$f"
		if [ -n "$clang" ] && [ -x "$clang" ]; then
			run "$clang" -fsyntax-only -Wall $flags $v "$f"
		else
			echo "SKIP clang: not found"
		fi
		if [ -n "$sparse" ] && [ -x "$sparse" ]; then
			run "$sparse" $flags $v "$f"
		else
			echo "SKIP sparse: $sparse not built"
		fi
		echo "checked $f ${v:-(correct)}"
	done
done
exit $status
