#!/usr/bin/env bash
# Install pgcheck's dependencies from Debian 12 packages and build libsparse.a
# from Debian's sparse source package.  Idempotent: every step checks first and
# says what it does.  Third-party sources and builds live under .deps/ (ignored).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
deps="$top/.deps"
say() { printf 'setup: %s\n' "$*"; }

# Debian packages (BRIEF §4).  libclang-rt-16-dev is clang-16's ASan/UBSan
# runtime (the sanitized build, docs/sanitizers.md); libfuzzer-16-dev its
# libFuzzer.  linux-source-6.1 and the kernel build deps are
# only needed for kernel-tree work; PGCHECK_KERNEL=1 adds them.
pkgs=(build-essential cmake python3 coccinelle clang-16 libclang-16-dev
      libclang-cpp16-dev llvm-16-dev lld-16 dpkg-dev libjansson-dev pkg-config
      libclang-rt-16-dev libfuzzer-16-dev patch)
if [ "${PGCHECK_KERNEL:-0}" = 1 ]; then
	pkgs+=(linux-source-6.1 flex bison bc libelf-dev libssl-dev)
fi

as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing+=("$p")
done

# Sparse's source comes from Debian's source package: needs a deb-src entry.
src_list=/etc/apt/sources.list.d/pgcheck-deb-src.sources
need_update=0
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ &&
   ! grep -qs '^deb-src .*bookworm' /etc/apt/sources.list; then
	say "adding a deb-src entry for bookworm main ($src_list)"
	as_root tee "$src_list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
	need_update=1
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_update = 1 ]; then
	say "apt-get update"
	as_root apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
	say "installing: ${missing[*]}"
	as_root env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
	say "Debian packages already installed"
fi

# libsparse.a from Debian's sparse 0.6.4 source package.
sparse_dir="$deps/sparse"
if [ -f "$sparse_dir/libsparse.a" ] && [ -x "$sparse_dir/sparse" ]; then
	say "libsparse.a and sparse already built ($sparse_dir)"
else
	mkdir -p "$deps"
	if [ ! -f "$sparse_dir/lib.h" ]; then
		say "fetching sparse source with apt-get source"
		rm -rf "$deps/src" && mkdir -p "$deps/src"
		(cd "$deps/src" && apt-get source -qq sparse >/dev/null 2>&1) || {
			say "apt-get update (source lists) and retry"
			as_root apt-get update -qq
			(cd "$deps/src" && apt-get source -qq sparse >/dev/null)
		}
		d=$(find "$deps/src" -maxdepth 1 -type d -name 'sparse-*' | head -n1)
		[ -n "$d" ] || { say "error: apt-get source sparse produced no tree"; exit 2; }
		rm -rf "$sparse_dir" && mv "$d" "$sparse_dir"
	fi
	say "building libsparse.a and sparse ($(grep -m1 -o 'VERSION.*' "$sparse_dir/Makefile" 2>/dev/null || echo sparse))"
	# The plain sparse binary compiles the corpus; libsparse.a is what
	# pgcheck-sparse links.
	make -s -C "$sparse_dir" -j"$(nproc)" CFLAGS='-O2 -g -fPIC' libsparse.a sparse >/dev/null
fi
# The same sparse built with ASan for the sanitized build (docs/sanitizers.md):
# clang-16, ASan only (sparse's own code relies on undefined behaviour that
# UBSan stops at: null member access, misaligned union reads, past-the-array
# reads); its ptrlist.h patched, as pgcheck-sparse's UBSan-checked code
# expands its macros.
san_dir="$deps/sparse-asan"
san_cflags="-O1 -g -fPIC -fsanitize=address -fno-omit-frame-pointer"
# Rebuilt when the flags or the patch change.
san_stamp=$(printf '%s\n' "$san_cflags"; cat "$top/scripts/sparse-asan.patch")
if [ -f "$san_dir/libsparse.a" ] && [ -f "$san_dir/sparse.o" ] &&
   [ "$(cat "$san_dir/.pgcheck-stamp" 2>/dev/null)" = "$san_stamp" ]; then
	say "sanitized libsparse.a already built ($san_dir)"
else
	say "building sanitized libsparse.a ($san_dir)"
	rm -rf "$san_dir" && cp -a "$sparse_dir" "$san_dir"
	make -s -C "$san_dir" clean >/dev/null
	patch -s -d "$san_dir" -p1 < "$top/scripts/sparse-asan.patch"
	make -s -C "$san_dir" -j"$(nproc)" CC=clang-16 \
		CFLAGS="$san_cflags" libsparse.a sparse.o >/dev/null
	printf '%s\n' "$san_stamp" > "$san_dir/.pgcheck-stamp"
fi
# Microsoft's SARIF validator, for the driver's SARIF test (npm registry).
npm_dir="$deps/npm"
if [ -x "$npm_dir/node_modules/.bin/sarif-multitool" ]; then
	say "sarif-multitool already installed ($npm_dir)"
elif command -v npm >/dev/null 2>&1; then
	say "installing @microsoft/sarif-multitool with npm into $npm_dir"
	mkdir -p "$npm_dir"
	if npm install --silent --prefix "$npm_dir" @microsoft/sarif-multitool >/dev/null 2>&1; then
		# npm 11 skips the package's postinstall chmod.
		chmod u+x "$npm_dir"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null || true
	else
		say "warning: npm install failed; the SARIF validation test will be skipped"
	fi
else
	say "warning: npm not found; the SARIF validation test will be skipped"
fi
say "done"
