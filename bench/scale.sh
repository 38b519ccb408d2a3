#!/usr/bin/env bash
# How dkg's costs grow with the graph: 100k, 1M and 3M nodes (6 edges a node) from the peer kit's
# generator, each imported into a new store and queried with the kit's query set, beside the kit's
# Boost.Graph bidirectional reference on the same graph in the same run.
#
#   bench/scale.sh [NODES...]      # default: 100000 1000000 3000000
#
# Env: BENCH_OUT (default build/bench-out), KIT (default ../shared/bench). Needs the reference
# runner built by bench/run.sh (or the kit's run_all.sh) under $BENCH_OUT/build/run_boost.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KIT=$(realpath -m "${KIT:-$ROOT/../shared/bench}")
OUT=$(realpath -m "${BENCH_OUT:-$ROOT/build/bench-out}")
PY=${PY:-/usr/bin/python3}
SIZES=${*:-"100000 1000000 3000000"}
REF="$OUT/build/run_boost"
if [ ! -x "$REF" ]; then
  mkdir -p "$OUT/build"
  g++ -O2 -std=c++17 -o "$REF" "$KIT/run_boost.cpp"
fi
cmake -S "$ROOT" -B "$ROOT/build" -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$ROOT/build" -j2 --target dkg dkg-bench-graph > /dev/null

now() { date +%s.%N; }
rows=()
for n in $SIZES; do
  data="$OUT/data/scale-$n"
  if [ "$(cat "$data/.params" 2>/dev/null)" != "nodes=$n k=6 seed=42" ]; then
    echo "== generating $n nodes" >&2
    "$PY" "$KIT/gen_graph.py" --nodes "$n" --edges-per-node 6 --seed 42 --out "$data" >&2
    echo "nodes=$n k=6 seed=42" > "$data/.params"
  fi
  db="$OUT/scale-$n.db"
  rm -f "$db" "$db"-wal "$db"-shm "$db".graph
  echo "== $n nodes: dkg import" >&2
  t0=$(now)
  /usr/bin/time -f "%M" -o "$OUT/scale-$n.rss" "$ROOT/build/dkg" --db "$db" import "$data/nodes.csv" "$data/edges.csv" > /dev/null
  t1=$(now)
  read -r a b < <(awk -F, '$1 == "path" { print $2, $3; exit }' "$data/queries.csv")
  c0=$(now)
  "$ROOT/build/dkg" --db "$db" path "xid:$a" "xid:$b" > /dev/null
  c1=$(now)
  echo "== $n nodes: queries" >&2
  "$ROOT/build/dkg-bench-graph" --data "$data" --db "$db" > "$OUT/scale-$n.dkg.json"
  "$REF" --data "$data" --mode bidir > "$OUT/scale-$n.ref.json" 2> /dev/null
  rows+=("$("$PY" - "$OUT/scale-$n" "$t0" "$t1" "$c0" "$c1" "$db" <<'EOF'
import json, os, sys
base, t0, t1, c0, c1, db = sys.argv[1], *map(float, sys.argv[2:6]), sys.argv[6]
d = json.loads(open(base + ".dkg.json").readline())
r = json.loads(open(base + ".ref.json").readline())
rss = int(open(base + ".rss").read().split()[-1]) / 1024
agree = sum(x == y for x, y in zip(d["lengths"], r["lengths"])) + sum(x == y for x, y in zip(d["hop2_counts"], r["hop2_counts"]))
print(f"| {d['nodes']:,} | {d['edges']:,} | {t1 - t0:.2f} | {rss:.0f} | {os.path.getsize(db) / 2**20:.0f} | "
      f"{d['index_bytes_per_edge']:.1f} | {c1 - c0:.3f} | {r['load_s']:.2f} | "
      f"{d['path']['median_ms']:.3f} / {r['path']['median_ms']:.3f} | "
      f"{d['hop2']['median_ms']:.3f} / {r['hop2']['median_ms']:.3f} | {agree}/200 |")
EOF
)")
done
echo "| nodes | edges stored | dkg import s | import peak RSS MB | store MB | index bytes/edge | cold dkg path s | reference CSV load s | path median ms dkg / reference | two-hop median ms dkg / reference | answers agreeing |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|"
printf '%s\n' "${rows[@]}"
