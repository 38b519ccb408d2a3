#!/bin/sh
# `cmake --install` into an empty folder gives a working tool: DIR/bin/dkg --version, the man
# page that `man -l` shows, bash completion that completes a command, and the example document.
# usage: check_install.sh BUILD_DIR
set -eu
build=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cmake --install "$build" --prefix "$dir" > /dev/null
fail=0
check() { if ! eval "$1"; then echo "FAIL: $2"; fail=1; fi; }
check '"$dir/bin/dkg" --version | grep -q "^dkg [0-9]"' "bin/dkg --version"
check 'test -f "$dir/share/man/man1/dkg.1"' "share/man/man1/dkg.1 installed"
check 'MANPAGER=cat MANWIDTH=100 man -l "$dir/share/man/man1/dkg.1" 2>/dev/null | grep -q "dkg - a diplomatic knowledge-graph store"' \
  "man -l shows the page"
check 'MANPAGER=cat MANWIDTH=100 man -l "$dir/share/man/man1/dkg.1" 2>/dev/null | grep -q -- "--max-depth"' \
  "the page documents every command's options"
check 'bash -c ". \"$dir/share/bash-completion/completions/dkg\"; COMP_WORDS=(dkg coch); COMP_CWORD=1; _dkg; [ \"\${COMPREPLY[*]}\" = cochairs ]"' \
  "bash completion completes a command"
check 'test -f "$dir/share/dkg/example/000_dd9a1b8ace2b4269.txt"' "the example document is installed"
check '"$dir/bin/dkg" --db "$dir/t.db" import -q "$dir/share/dkg/example" && "$dir/bin/dkg" --db "$dir/t.db" cochairs | grep -q "Vikram Misri"' \
  "the installed dkg answers on the installed example"
[ $fail -eq 0 ] && echo "install: ok"
exit $fail
