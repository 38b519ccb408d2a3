#!/usr/bin/env bash
# Text import when many people share a surname (issue 14): COUNT small documents, each naming a
# different "Given Zed" (bench/gen_surname_docs.py, our own text), imported into a new store in
# one command; prints documents per second and how the rate holds from the first to the last
# quarter (a resolution that scans every namesake slows down as they accumulate).
#
#   bench/surname_import.sh [COUNT]     # default 20000; env DKG (default build/dkg), OUT
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DKG=$(realpath -m "${DKG:-$ROOT/build/dkg}")
COUNT=${1:-20000}
OUT=${OUT:-$(mktemp -d)}
docs="$OUT/surname-docs-$COUNT"
[ -d "$docs" ] || python3 "$ROOT/bench/gen_surname_docs.py" "$docs" --count "$COUNT"
db="$OUT/surname.db"
rm -f "$db" "$db"-wal "$db"-shm "$db".graph
start=$(date +%s.%N)
"$DKG" --db "$db" import "$docs" | awk -v start="$start" -v n="$COUNT" '
  /^(imported|skipped|failed)/ {
    done++
    if (done == int(n / 4) || done == n) {
      cmd = "date +%s.%N"; cmd | getline now; close(cmd)
      t[done == n ? 2 : 1] = now
    }
  }
  END {
    total = t[2] - start; first = t[1] - start
    printf "%d documents in %.1f s: %.0f documents/s (first quarter %.0f/s, last three quarters %.0f/s)\n",
           done, total, done / total, (n / 4) / first, (done - n / 4) / (t[2] - t[1])
  }'
"$DKG" --db "$db" nodes --kind official --name-like Zed --format csv | tail -n +2 | wc -l |
  awk '{ print $1 " officials named Zed stored (one per document: none merged by surname alone)" }'
