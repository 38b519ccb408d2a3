#!/usr/bin/env bash
# Imports every document of a folder alone, then all of them into one store, exports each store
# as JSON and prints one md5 sum per export: run it before and after a change that must not change
# the graph (moving words from the C++ into the lexicon) and diff the two outputs.
# usage: export-md5.sh DKG_BINARY CORPUS_DIR > sums.txt
set -u
dkg=$(realpath "$1"); corpus=$(realpath "$2")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
docs=()
for doc in "$corpus"/*.txt; do
  docs+=("$doc")
  rm -f "$work/one.db"
  "$dkg" --db "$work/one.db" import "$doc" >/dev/null 2>&1 || { echo "$(basename "$doc"): import failed"; continue; }
  "$dkg" --db "$work/one.db" export --format json -o "$work/one.json" >/dev/null 2>&1 \
    || { echo "$(basename "$doc"): export failed"; continue; }
  echo "$(md5sum < "$work/one.json" | cut -d' ' -f1) $(basename "$doc")"
done
"$dkg" --db "$work/all.db" import "${docs[@]}" >/dev/null 2>&1 || echo "all: import failed"
"$dkg" --db "$work/all.db" export --format json -o "$work/all.json" >/dev/null 2>&1 || echo "all: export failed"
echo "$(md5sum < "$work/all.json" | cut -d' ' -f1) ALL"
