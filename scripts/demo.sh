#!/usr/bin/env bash
# Fresh machine to answers: installs dependencies, builds dkg, imports the bundled example into
# ./dkg.db and prints who co-chaired the dialogue, its lineage and how the co-chairs connect.
# The build's output goes to a log file, so the answers are what is on the screen.
set -euo pipefail
cd "$(dirname "$0")/.."
log=${TMPDIR:-/tmp}/dkg-demo-build.log
printf 'Installing dependencies and building dkg (log: %s)... ' "$log"
if ! { scripts/deps.sh && scripts/build.sh; } > "$log" 2>&1; then
  echo "failed; the end of the log:"
  tail -n 40 "$log"
  exit 1
fi
echo "done."
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
