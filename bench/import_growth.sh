#!/usr/bin/env bash
# Does text import slow down as the store grows? Imports BASE documents into a store, then the
# same ADD further documents (bench/gen_meeting_docs.py, our own text) once into an empty store
# and once into the BASE-document store, and prints both rates side by side with their ratio.
# A per-document cost that grows with the store shows as a ratio well above 1.
#
#   bench/import_growth.sh [BASE] [ADD]   # default 6000 300; env DKG (default build/dkg), OUT
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DKG=$(realpath -m "${DKG:-$ROOT/build/dkg}")
BASE=${1:-6000}
ADD=${2:-300}
OUT=${OUT:-$(mktemp -d)}
base_docs="$OUT/growth-base-$BASE"
add_docs="$OUT/growth-add-$ADD"
[ -d "$base_docs" ] || python3 "$ROOT/bench/gen_meeting_docs.py" "$base_docs" --start 0 --count "$BASE"
[ -d "$add_docs" ] || python3 "$ROOT/bench/gen_meeting_docs.py" "$add_docs" --start 1000000 --count "$ADD"
big="$OUT/growth-$BASE.db"
if [ ! -f "$big" ]; then
  start=$(date +%s.%N)
  "$DKG" --db "$big" import "$base_docs" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$BASE" 'BEGIN { printf "base: %d documents in %.1f s (%.0f/s)\n", n, e - s, n / (e - s) }'
fi
timed_import() {  # store -> seconds
  local s e
  s=$(date +%s.%N); "$DKG" --db "$1" import "$add_docs" >/dev/null; e=$(date +%s.%N)
  awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }'
}
empty="$OUT/growth-empty.db"; rm -f "$empty" "$empty"-wal "$empty"-shm
t_empty=$(timed_import "$empty")
copy="$OUT/growth-copy.db"; cp "$big" "$copy"; rm -f "$copy"-wal "$copy"-shm
t_big=$(timed_import "$copy")
awk -v n="$ADD" -v b="$BASE" -v te="$t_empty" -v tb="$t_big" 'BEGIN {
  printf "%d documents: into an empty store %.2f s (%.0f/s), into the %d-document store %.2f s (%.0f/s), ratio %.2f\n",
         n, te, n / te, b, tb, n / tb, tb / te }'
