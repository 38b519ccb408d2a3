#!/usr/bin/env bash
# Bounded memory on a big store (issue 14): time and peak memory (/usr/bin/time -v) of whole-store
# exports, unfiltered cochairs, export --around the biggest hub and show of that hub's first
# page, on the 1M-node, 6M-edge store of bench/scale.sh (the kit's generator, 6 edges a node,
# seed 42). The store is made once and then only read, so several runs can share it.
#
#   bench/big_store.sh                 # store and data under $BIG (default /work/big)
#
# Env: BIG (default /work/big), NODES (default 1000000), KIT (default ../shared/bench),
# DKG (default build/dkg), FORMATS (default "json graphml dot").
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

echo "| command ($NODES nodes, $edges edges) | wall s | CPU s | peak RSS MB | output MB | rate | verdict (wall) |"
echo "|---|---:|---:|---:|---:|---|---|"
uptime | sed 's/^.*load average/load average during the run/' 
printf '%s\n' "${rows[@]}"
