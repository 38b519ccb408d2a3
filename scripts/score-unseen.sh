#!/usr/bin/env bash
# Scores dkg on each set of our own in bench/unseen (documents written for dkg, with gold made by
# hand before dkg read them), one summary line per set. Needs the scorer beside the checkout
# (../shared/eval, or EVAL=DIR) and a built dkg (DKG=PATH, default build/dkg).
# usage: scripts/score-unseen.sh [SET ...]
set -euo pipefail
cd "$(dirname "$0")/.."
dkg=${DKG:-build/dkg}
eval_dir=${EVAL:-../shared/eval}
if [ ! -x "$eval_dir/score-corpus.sh" ]; then
  echo "score-unseen.sh: no scorer at $eval_dir/score-corpus.sh (set EVAL=DIR)" >&2; exit 2
fi
if [ ! -x "$dkg" ]; then
  echo "score-unseen.sh: no dkg binary at $dkg (build first, or set DKG=PATH)" >&2; exit 2
fi
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
  for d in bench/unseen/*/; do sets+=("$(basename "$d")"); done
fi
for s in "${sets[@]}"; do
  [ -d "bench/unseen/$s" ] || { echo "score-unseen.sh: no set bench/unseen/$s" >&2; exit 2; }
  printf '%-8s %s\n' "$s" "$("$eval_dir/score-corpus.sh" "$dkg" "bench/unseen/$s" | tail -n 1)"
done
