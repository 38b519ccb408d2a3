#!/usr/bin/env bash
# Bounded memory on a big store (issue 14): time and peak memory (/usr/bin/time -v) of whole-store
# exports, unfiltered cochairs, export --around the biggest hub and show of that hub's first
# page, on the 1M-node, 6M-edge store of bench/scale.sh (the kit's generator, 6 edges a node,
# seed 42). The store is made once and then only read, so several runs can share it.
#
#   bench/big_store.sh                 # store and data under $BIG (default /work/big)
#
# Env: BIG (default /work/big), NODES (default 1000000), KIT (default ../shared/bench),
# DKG (default build/dkg), FORMATS (default "json graphml dot"), TIME_QUERIES (default 1: also
# time windows, timelines, dialogues and officials on a dated copy of the store, made once beside
# it as scale-NODES-dated.db).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KIT=$(realpath -m "${KIT:-$ROOT/../shared/bench}")
BIG=$(realpath -m "${BIG:-/work/big}")
NODES=${NODES:-1000000}
DKG=$(realpath -m "${DKG:-$ROOT/build/dkg}")
FORMATS=${FORMATS:-json graphml dot}
PY=${PY:-/usr/bin/python3}
data="$BIG/data-$NODES"
db="$BIG/scale-$NODES.db"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ "$(cat "$data/.params" 2>/dev/null)" != "nodes=$NODES k=6 seed=42" ]; then
  echo "== generating $NODES nodes into $data" >&2
  "$PY" "$KIT/gen_graph.py" --nodes "$NODES" --edges-per-node 6 --seed 42 --out "$data" >&2
  echo "nodes=$NODES k=6 seed=42" > "$data/.params"
fi
if [ ! -f "$db" ]; then
  echo "== importing into $db" >&2
  "$DKG" --db "$db" import "$data/nodes.csv" "$data/edges.csv" >&2
fi

# measure NAME LIMIT_MB LIMIT_S COMMAND...: runs it with stdout to $tmp/out, prints a row.
rows=()
measure() {
  local name=$1 limit_mb=$2 limit_s=$3
  shift 3
  /usr/bin/time -v -o "$tmp/time" "$@" > "$tmp/out" 2> "$tmp/err" || {
    echo "$name failed:" >&2
    cat "$tmp/err" >&2
    return 1
  }
  local rss_kb wall
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$tmp/time" |
         awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  local bytes cpu
  bytes=$(stat -c %s "$tmp/out")
  # CPU seconds (user + system): what the command costs when a core is its own; on a shared
  # machine the wall time also holds the time other processes had the cores.
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$tmp/time")
  local extra=""
  if [ -n "${EDGES:-}" ]; then
    extra=$(awk -v e="$EDGES" -v w="$wall" -v c="$cpu" \
      'BEGIN { printf "%.2f M edges/s (%.2f per CPU s)", e / (w > 0 ? w : 1e-9) / 1e6, e / (c > 0 ? c : 1e-9) / 1e6 }')
  fi
  local verdict=ok
  awk -v r="$rss_kb" -v l="$limit_mb" 'BEGIN { exit !(r / 1024 < l) }' || verdict="OVER ${limit_mb} MB"
  if [ "$limit_s" != "-" ]; then
    awk -v w="$wall" -v l="$limit_s" 'BEGIN { exit !(w < l) }' || verdict="$verdict, OVER ${limit_s} s"
  fi
  rows+=("$(printf '| %s | %.2f | %.2f | %.0f | %.1f | %s | %s |' "$name" "$wall" "$cpu" "$((rss_kb / 1024))" \
            "$(awk -v b="$bytes" 'BEGIN { print b / 2^20 }')" "$extra" "$verdict")")
}

edges=$("$DKG" --db "$db" stats --format json | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["edges"])')
# The hub: the node with the most edges (the kit's generator makes a few countries hubs).
hub=$("$PY" - "$data/edges.csv" <<'PYEOF'
import collections, csv, sys
deg = collections.Counter()
with open(sys.argv[1]) as f:
    r = csv.reader(f)
    next(r)
    for src, dst, _ in r:
        deg[src] += 1
        deg[dst] += 1
print(deg.most_common(1)[0][0])
PYEOF
)
echo "== $edges edges; hub xid:$hub" >&2
"$DKG" --db "$db" neighbors "xid:$hub" --count >&2   # builds the graph index once, if missing

for f in $FORMATS; do
  limit_s=-
  [ "$f" = json ] && limit_s=$(awk -v e="$edges" 'BEGIN { print e / 1e6 }')  # >= 1M edges/s
  EDGES=$edges measure "export --format $f (whole)" 300 "$limit_s" "$DKG" --db "$db" export --format "$f"
done
measure "cochairs" 300 5 "$DKG" --db "$db" cochairs
measure "export --around hub --depth 1" 1000 2 "$DKG" --db "$db" export --around "xid:$hub" --depth 1
measure "show hub (first page)" 300 1 "$DKG" --db "$db" show "xid:$hub"

# Time (issue 12): the generator dates nothing, so windows and timelines are measured on a copy
# whose meetings and agreements get dates spread over 2000-2024 (docs/performance.md), made once.
if [ "${TIME_QUERIES:-1}" = 1 ]; then
  dated="$BIG/scale-$NODES-dated.db"
  if [ ! -f "$dated" ]; then
    echo "== dating a copy of the store into $dated" >&2
    cp "$db" "$dated.tmp"
    "$PY" - "$dated.tmp" <<'PYEOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE nodes SET date = printf('%04d-%02d-%02d', 2000 + id % 25, 1 + id % 12, 1 + id % 28) "
           "WHERE kind IN ('meeting', 'agreement')")
db.commit()
PYEOF
    mv "$dated.tmp" "$dated"
  fi
  # The dialogue with the most rounds and the official with the most meetings (xids).
  read -r series busy < <("$PY" - "$data/edges.csv" <<'PYEOF'
import collections, csv, sys
rounds, meetings = collections.Counter(), collections.Counter()
with open(sys.argv[1]) as f:
    r = csv.reader(f)
    next(r)
    for src, dst, rel in r:
        if rel == "round_of":
            rounds[dst] += 1
        elif rel in ("attended", "cochaired"):
            meetings[src] += 1
print(rounds.most_common(1)[0][0], meetings.most_common(1)[0][0])
PYEOF
)
  "$DKG" --db "$dated" neighbors "xid:$hub" --count >&2  # the graph index of the copy, if missing
  measure "cochairs --from 2024-03-01 --to 2024-03-07" 300 1 "$DKG" --db "$dated" cochairs --from 2024-03-01 --to 2024-03-07 --format csv
  measure "cochairs --from 2024-01-01 --to 2024-12-31" 300 1 "$DKG" --db "$dated" cochairs --from 2024-01-01 --to 2024-12-31 --format csv
  measure "timeline of the longest series" 300 1 "$DKG" --db "$dated" timeline "xid:$series" --format csv
  measure "lineage of it --from 2020 --to 2024" 300 1 "$DKG" --db "$dated" lineage "xid:$series" --from 2020 --to 2024 --format csv
  # A timeline shows its first 1000 events unless --limit says otherwise (issue 12): the first page
  # of the official with the most meetings and of the country with the most edges, then the whole
  # of the official's.
  measure "timeline of the busiest official (first page)" 300 1 "$DKG" --db "$dated" timeline "xid:$busy" --format csv
  measure "timeline of the hub country (first page)" 300 1 "$DKG" --db "$dated" timeline "xid:$hub" --format csv
  measure "timeline of the busiest official --limit 0" 1000 - "$DKG" --db "$dated" timeline "xid:$busy" --format csv --limit 0
  measure "dialogues --quiet-since 2024-06-01" 300 1 "$DKG" --db "$dated" dialogues --quiet-since 2024-06-01 --format csv
  measure "officials --as-of 2024-06-01" 300 1 "$DKG" --db "$dated" officials --as-of 2024-06-01 --format csv
fi

echo "| command ($NODES nodes, $edges edges) | wall s | CPU s | peak RSS MB | output MB | rate | verdict (wall) |"
echo "|---|---:|---:|---:|---:|---|---|"
uptime | sed 's/^.*load average/load average during the run/' 
printf '%s\n' "${rows[@]}"
