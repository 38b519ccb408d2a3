#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan, in ./build-fuzz) and runs each for
# FUZZ_SECONDS (default 60) from its corpus in tests/fuzz/corpus/<target>/. A crash stops the
# run with a non-zero exit; copy the crashing input into that corpus folder so that the replay
# test (ctest -R fuzz_replay) keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"text_reader html_reader dates node_reference structured"}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDKG_FUZZ=ON \
  -DDKG_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target $(for t in $targets; do printf 'fuzz_%s ' "$t"; done)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for t in $targets; do
  mkdir -p "$work/$t"
  extra=()
  [ "$t" = text_reader ] && extra=(data/example)
  echo "== fuzz_$t for ${seconds}s"
  # New inputs go to the scratch folder; the committed corpus is only read.
  build-fuzz/tests/fuzz/fuzz_$t "$work/$t" "tests/fuzz/corpus/$t" "${extra[@]}" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$work/$t-" -print_final_stats=1 2>&1 | tail -n 12
  if ls "$work/$t-"* >/dev/null 2>&1; then
    echo "fuzz_$t found a failing input:"; ls "$work/$t-"*; exit 1
  fi
done
echo "fuzzing: no crashes"
