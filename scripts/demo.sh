#!/usr/bin/env bash
# Fresh machine to answers: installs dependencies, builds dkg, imports the bundled example into
# ./dkg.db and prints who co-chaired the dialogue, its lineage and how the co-chairs connect.
# The build's output goes to a log file, so the answers are what is on the screen; the screen
# says which step runs and how far the build is.
set -euo pipefail
cd "$(dirname "$0")/.."
log=${TMPDIR:-/tmp}/dkg-demo-build.log
: > "$log"
failed() {
  printf '\nfailed; the end of the log (%s):\n' "$log"
  tail -n 40 "$log"
  exit 1
}
# Reads a build's output: every line to the log, its "[ 42%]" to the screen (one line redrawn
# on a terminal, a line every tenth otherwise, so that CI logs stay short).
show_progress() {
  local line percent shown=-10
  while IFS= read -r line; do
    printf '%s\n' "$line" >> "$log"
    [[ $line =~ ^\[\ *([0-9]+)%\] ]] || continue
    percent=${BASH_REMATCH[1]}
    if [ -t 1 ]; then
      printf '\r  %3d%%' "$percent"
    elif (( percent / 10 > shown / 10 )); then
      printf '  %3d%%\n' "$percent"
    fi
    shown=$percent
  done
  if [ -t 1 ]; then printf '\r'; fi
}
echo "Build log: $log"
echo "1/3 Checking dependencies (scripts/deps.sh; installing the missing ones can take minutes)..."
scripts/deps.sh >> "$log" 2>&1 || failed
echo "2/3 Configuring the build (cmake)..."
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" ${CMAKE_ARGS:-} >> "$log" 2>&1 || failed
# Only the dkg program: the tests are built by scripts/test.sh.
echo "3/3 Building dkg on $(nproc) cores (several minutes on a small machine)..."
cmake --build build -j "$(nproc)" --target dkg 2>&1 | show_progress || failed
echo "      done."
export DKG_DB=${DKG_DB:-./dkg.db}
export PATH="$PWD/build:$PATH"

bold='' plain=''
if [ -t 1 ]; then bold=$(printf '\033[1m') plain=$(printf '\033[0m'); fi
# ask "what the question is" dkg ARGS...: the question, the command as typed, the answer.
ask() {
  local question=$1
  shift
  local line=""
  for a in "$@"; do
    case $a in
      *[!A-Za-z0-9_./:=,+-]*) line+=" \"$a\"" ;;
      *) line+=" $a" ;;
    esac
  done
  printf '\n%s== %s%s\n$%s\n' "$bold" "$question" "$plain" "$line"
  "$@"
}

ask "Import the example document into $DKG_DB" dkg import data/example/000_dd9a1b8ace2b4269.txt
ask "Who co-chaired what" dkg cochairs
ask "The dialogue's lineage" dkg lineage "2+2 Ministerial"
ask "How the co-chairs are connected, with the sentences that say so" dkg path "Vikram Misri" "Masataka Okano"
printf '\nMore: dkg --help, docs/cli.md; dkg show "Vikram Misri"; dkg search Tokyo.\n'
