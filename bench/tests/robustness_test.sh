#!/usr/bin/env bash
# tools/robustness.sh on a fake tree with a fake compiler and checker: each
# kind of failure is counted once, in its class, and makes the exit 1.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
mkdir -p "$t/tree" "$t/build/clang-plugin" "$t/build/sparse"
touch "$t/tree/.config" "$t/build/clang-plugin/pgcheck-clang-plugin.so"
for f in ok hang crash sig perr; do echo "int $f;" > "$t/tree/$f.c"; done
cat > "$t/tree/Makefile" <<'MK'
objs := $(patsubst %.c,%.o,$(wildcard *.c))
all: $(objs) $(if $(filter 2,$(C)),$(patsubst %.o,check-%,$(objs)))
%.o: %.c
	$(CC) $(KCFLAGS) -c $< -o $@
check-%: %.o
	$(CHECK) $*.c
MK
# The compiler: hangs on hang.c, prints clang's crash banner on crash.c,
# dies of SIGSEGV on sig.c.
cat > "$t/cc" <<'CC'
#!/bin/bash
for a; do case $a in *.c) src=$a ;; esac; done
case $src in
hang.c) sleep 30 ;;
crash.c) echo "PLEASE submit a bug report to ..." >&2; exit 1 ;;
sig.c) kill -SEGV $$ ;;
esac
touch "${src%.c}.o"
CC
# The checker: a pgcheck error on perr.c, findings on ok.c.
cat > "$t/build/sparse/pgcheck-sparse" <<'PGS'
#!/bin/bash
for a; do case $a in *.c) src=$a ;; esac; done
case $src in
perr.c) echo "pgcheck-sparse: error: cannot write the IR" >&2; exit 2 ;;
ok.c) echo "ok.c:1:5: error: x [pgcheck-y]" >&2; exit 1 ;;
esac
PGS
chmod +x "$t/cc" "$t/build/sparse/pgcheck-sparse"

out=$(OUT=$t/out ROBUST_CC=$t/cc CC_TIMEOUT=1 CHECK_TIMEOUT=5 \
      "$top/tools/robustness.sh" "$t/tree" "$t/build" 2>&1)
rc=$?
fails=0
want() {
	if ! grep -qF -- "$1" <<< "$out"; then
		echo "FAIL: no \"$1\" in:"
		fails=1
	fi
}
want "clang: files 5, crashes 2, hangs 1, pgcheck errors 0"
want "sparse: files 2, crashes 0, hangs 0, pgcheck errors 1"
[ $rc = 1 ] || { echo "FAIL: exit $rc, want 1"; fails=1; }
"$top/tools/robustness.sh" "$t" 2>/dev/null
[ $? = 2 ] || { echo "FAIL: usage error is not exit 2"; fails=1; }
"$top/tools/robustness.sh" "$t/build" "$t/build" 2>/dev/null
[ $? = 2 ] || { echo "FAIL: unconfigured tree is not exit 2"; fails=1; }
[ $fails = 0 ] && echo "robustness_test: ok" || echo "$out"
exit $fails
