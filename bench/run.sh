#!/usr/bin/env bash
# dkg beside its peers on the peer kit's synthetic diplomatic graph, measured in one run.
#
#   bench/run.sh small|large
#
# 1. builds dkg (Release) and runs the kit (../shared/bench/run_all.sh): it generates the graph
#    and runs the peer systems (Boost.Graph reference, igraph, NetworkX, Kuzu, SQLite);
# 2. imports nodes.csv and edges.csv into a new dkg store (`dkg import`, timed as a whole process);
# 3. answers the kit's 100 path and 100 two-hop queries on that store (build/dkg-bench-graph);
# 4. times a cold `dkg path` (process start to answer, graph index saved) beside a cold Kuzu query
#    on its kept database and the reference's CSV load plus one query;
# 5. prints the kit's table with dkg in it, then dkg's ratios to the peers.
#
# Env: BENCH_OUT (where data, stores and results go; default build/bench-out), SYSTEMS (the kit's
# systems to run; default all of them), KIT (the kit's folder), TIMEOUT (per peer runner, s).
set -euo pipefail
SIZE=${1:-small}
case "$SIZE" in small|large) ;; *) echo "usage: bench/run.sh small|large" >&2; exit 2 ;; esac
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KIT=$(realpath -m "${KIT:-$ROOT/../shared/bench}")
OUT=$(realpath -m "${BENCH_OUT:-$ROOT/build/bench-out}")
SYSTEMS=${SYSTEMS:-"boost-bidir boost-bfs igraph networkx kuzu sqlite-bidir sqlite-cte"}
PY=${PY:-/usr/bin/python3}
mkdir -p "$OUT"
[ -x "$KIT/run_all.sh" ] || { echo "bench/run.sh: peer kit not found at $KIT (set KIT=)" >&2; exit 2; }

echo "== building dkg (Release)"
cmake -S "$ROOT" -B "$ROOT/build" -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$ROOT/build" -j2 --target dkg dkg-bench-graph > /dev/null
DKG="$ROOT/build/dkg"

echo "== peers: $SYSTEMS"
BENCH_OUT="$OUT" SYSTEMS="$SYSTEMS" "$KIT/run_all.sh" "$SIZE"
DATA="$OUT/data/$SIZE"
RES="$OUT/results/$SIZE"
DB="$OUT/dkg-$SIZE.db"

now() { date +%s.%N; }
seconds() { "$PY" -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }

echo "== dkg: import into a new store"
rm -f "$DB" "$DB"-wal "$DB"-shm "$DB".graph
t0=$(now)
/usr/bin/time -v -o "$RES/dkg-import.time" "$DKG" --db "$DB" import "$DATA/nodes.csv" "$DATA/edges.csv" \
  > "$RES/dkg-import.log" 2>&1
t1=$(now)
IMPORT_S=$(seconds "$t0" "$t1")
echo "   import ${IMPORT_S}s"

echo "== dkg: query set"
set +e
/usr/bin/time -v -o "$RES/dkg.time" "$ROOT/build/dkg-bench-graph" --data "$DATA" --db "$DB" --import-s "$IMPORT_S" \
  > "$RES/dkg.json" 2> "$RES/dkg.err"
echo $? > "$RES/dkg.rc"
set -e

# Cold single query: the first path pair, the same one Kuzu's --cold answers.
read -r A B < <(awk -F, '$1 == "path" { print $2, $3; exit }' "$DATA/queries.csv")
median_of() {  # runs "$@" five times as whole processes, prints the median wall time in s
  local times=()
  for _ in 1 2 3 4 5; do
    local s e
    s=$(now); "$@" > /dev/null 2>&1 || true; e=$(now)
    times+=("$(seconds "$s" "$e")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
echo "== cold single query ($A -> $B)"
"$DKG" --db "$DB" path "xid:$A" "xid:$B" --format json > "$RES/dkg-cold.json" \
  || { echo "bench/run.sh: dkg path xid:$A xid:$B failed" >&2; exit 1; }
DKG_COLD=$(median_of "$DKG" --db "$DB" path "xid:$A" "xid:$B" --format json)
echo "   dkg path: ${DKG_COLD}s"
KUZU_COLD=""
if [[ " $SYSTEMS " == *" kuzu "* ]] && [ -f "$OUT/.kuzu/node_modules/kuzu/index.js" ]; then
  KUZU_DB="$OUT/kuzu-$SIZE.kuzu"
  if [ ! -e "$KUZU_DB" ] || [ "$DATA/edges.csv" -nt "$KUZU_DB" ]; then
    ( cd "$KIT" && node run_kuzu.js --data "$DATA" --kuzu-dir "$OUT/.kuzu/node_modules/kuzu" --keep-db "$KUZU_DB" \
        > /dev/null 2>&1 ) || true
  fi
  KUZU_COLD=$(cd "$KIT" && median_of node run_kuzu.js --data "$DATA" --kuzu-dir "$OUT/.kuzu/node_modules/kuzu" --cold "$KUZU_DB")
  echo "   kuzu cold: ${KUZU_COLD}s"
fi

"$PY" "$KIT/report.py" "$RES" --size "$SIZE" --data "$DATA" --timeout "${TIMEOUT:-900}" > "$OUT/results-$SIZE.md"
cat "$OUT/results-$SIZE.md"

echo
echo "## dkg against its peers ($SIZE)"
"$PY" - "$RES" "$IMPORT_S" "$DKG_COLD" "${KUZU_COLD:-}" <<'EOF'
import json, os, re, sys
res, import_s, dkg_cold, kuzu_cold = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
def load(name):
    try:
        for line in open(os.path.join(res, name + ".json")):
            if line.startswith("{"):
                return json.loads(line)
    except OSError:
        return None
def rss(name):
    try:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(os.path.join(res, name)).read())
        return int(m.group(1)) / 1024 if m else None
    except OSError:
        return None
dkg, ref, kuzu = load("dkg"), load("boost-bidir"), load("kuzu")
if not dkg:
    sys.exit("dkg did not answer; see " + os.path.join(res, "dkg.err"))
rows = []
def row(what, mine, theirs, peer, goal):
    if theirs is None:
        rows.append(f"| {what} | {mine:.4g} | – | {peer} not run | {goal} |")
        return
    rows.append(f"| {what} | {mine:.4g} | {theirs:.4g} | {mine / theirs:.2f}x {peer} | {goal} |")
if ref:
    row("path median ms", dkg["path"]["median_ms"], ref["path"]["median_ms"], "boost-bidir", "<= 1.5x")
    row("path p95 ms", dkg["path"]["p95_ms"], ref["path"]["p95_ms"], "boost-bidir", "")
    row("two-hop median ms", dkg["hop2"]["median_ms"], ref["hop2"]["median_ms"], "boost-bidir", "<= 1.5x")
row("CSV import s", import_s, kuzu["load_s"] if kuzu else None, "kuzu COPY", "<= 1.5x")
row("cold path s", dkg_cold, float(kuzu_cold) if kuzu_cold else None, "kuzu cold", "< 1x")
if ref:
    row("cold path s", dkg_cold, ref["load_s"] + ref["path"]["median_ms"] / 1000, "boost-bidir load+query", "<= 0.25x")
print("| measure | dkg | peer | ratio | goal |")
print("|---|---:|---:|---|---|")
print("\n".join(rows))
agree = "–"
if ref:
    lengths = sum(1 for a, b in zip(dkg["lengths"], ref["lengths"]) if a == b)
    counts = sum(1 for a, b in zip(dkg["hop2_counts"], ref["hop2_counts"]) if a == b)
    agree = f"paths {lengths}/{len(ref['lengths'])}, two-hop {counts}/{len(ref['hop2_counts'])}"
print()
print(f"- answers agreeing with boost-bidir: {agree}")
print(f"- graph index: {dkg['index_bytes'] / 2**20:.1f} MiB for {dkg['edges']:,} edges "
      f"({dkg['index_bytes_per_edge']:.1f} bytes an edge, both directions; goal <= 16)")
print(f"- peak RSS: import {rss('dkg-import.time') or 0:.0f} MB, queries {rss('dkg.time') or 0:.0f} MB")
EOF
