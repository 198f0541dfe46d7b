#!/bin/bash
# Bad input gets a message and exit status 2, never a silent "no findings":
# a file that does not parse, a missing file, a bad config, a bad option.
# Usage: bad-input.sh PGCHECK-SPARSE ADAPTER
set -u
exe=$1 adapter=$2
dir=$(cd "$(dirname "$0")" && pwd)
fail=0

expect() {	# expect STATUS MESSAGE-REGEX -- COMMAND...
	local want=$1 re=$2 out rc
	shift 3
	out=$("$@" 2>&1)
	rc=$?
	if [ "$rc" != "$want" ]; then
		echo "FAIL: exit $rc, want $want: $*"; echo "$out" | sed 's/^/  | /'
		fail=1
	elif ! grep -Eq -- "$re" <<<"$out"; then
		echo "FAIL: no message matching '$re': $*"; echo "$out" | sed 's/^/  | /'
		fail=1
	else
		echo "ok: exit $rc: $*"
	fi
}

expect 2 'error: ' -- "$exe" "$dir/unparsable.c"
expect 2 'error: ' -- "$adapter" "$dir/unparsable.c"
expect 2 'No such file|cannot' -- "$exe" "$dir/no-such-file.c"
expect 2 'no-such-category|unknown' -- "$exe" --pgcheck-config="$dir/bad-config.vocab" "$dir/clean.c"
expect 2 'no-such-category|unknown' -- "$adapter" --config "$dir/bad-config.vocab" "$dir/clean.c"
expect 2 'cannot read config' -- "$exe" --pgcheck-config="$dir/missing.vocab" "$dir/clean.c"
expect 2 'unknown option' -- "$exe" --pgcheck-frobnicate "$dir/clean.c"
expect 2 'unknown rule' -- "$exe" --pgcheck-rules=no-such-rule "$dir/clean.c"
# Sparse itself crashing (found by fuzz-sparse) is a tool error too.
expect 2 'internal error' -- "$exe" "$dir/sparse-fault.c"
expect 2 'internal error' -- "$exe" "$dir/sparse-assert.c"
# sparse's own exit(0) paths stay 0 (only its exit(1) becomes 2).
expect 0 '[0-9]' -- "$exe" --version
expect 0 'pgcheck-config' -- "$exe" --pgcheck-help
# The control: the same file and tool, nothing wrong.
expect 0 '^$' -- "$exe" "$dir/clean.c"
expect 0 '^$' -- "$adapter" "$dir/clean.c"
exit $fail
