#!/usr/bin/env python3
"""Edge precision per evidence rule: which rules state the edges the gold does not have.

usage: scripts/rule-precision.py [--dkg BINARY] [--eval DIR] [--top N] [--by-rule]
                                 [--nodes] [--wrong RULE] [--right RULE] [--relation REL]
                                 SET_DIR [SET_DIR ...]

Each SET_DIR (NAME.txt beside NAME.gold.json) is imported into a store of its own, all its
documents together (as score-corpus.sh's "ALL" line does), exported as JSON and aligned to its
gold by the scorer's own functions (../shared/eval/score.py, imported, or --eval DIR / $EVAL), so
that the edges counted here are the edges the scorer counts: scored relations between nodes of
scored kinds, the first of each (source, relation, target), no `attended` beside a chair. The
counts of several sets are pooled.

An edge is counted once for each distinct rule in its evidence (an edge two rules read is
stated by both); `alone` counts the wrong edges that rule alone read, which are the ones
tightening it would remove. A wrong edge is wrong for one of three reasons:
  node      an end is no gold node (an extra node, or a duplicate of one matched already)
  relation  the gold links the two nodes, but by another relation (a host `chaired` where the
            gold says `attended`: bench/unseen/README.md's known gold disagreement lands here)
  none      the gold has no edge between the two
--nodes tells which node rules (a node's attrs.rule) make the nodes the gold does not have, and
how many wrong edges hang on them. --wrong RULE (or --right RULE) lists that rule's wrong (right) edges with their sentence; a RULE
ending in '*' is a prefix ('pattern:guest-*').
"""
import argparse
import importlib.util
import json
import os
import signal
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHAIRS = ("chaired", "cochaired")


def load_scorer(eval_dir):
    """The scorer's module, so that alignment and counting are exactly the scorer's."""
    path = Path(eval_dir) / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("dkg_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def align(score, gold_nodes, pred_nodes):
    """Gold key -> predicted id and back, and the duplicates: the scorer's greedy matching
    (best score first, ties by key and id), as score.py's main() does it."""
    candidates = []
    for gkey, g in gold_nodes.items():
        for pid, p in pred_nodes.items():
            s = score.match_score(g, p)
            if s > 0:
                candidates.append((s, gkey, pid))
    candidates.sort(key=lambda c: (-c[0], c[1], str(c[2])))
    gold_to_pred, pred_to_gold = {}, {}
    for _, gkey, pid in candidates:
        if gkey not in gold_to_pred and pid not in pred_to_gold:
            gold_to_pred[gkey] = pid
            pred_to_gold[pid] = gkey
    duplicates = {pid for _, gkey, pid in candidates
                  if pid not in pred_to_gold and gkey in gold_to_pred}
    return gold_to_pred, pred_to_gold, duplicates


def node_rule(node):
    return (node.get("attrs") or {}).get("rule") or "(none)"


def judge_nodes(score, export, gold_nodes):
    """Every scored node with its rule (attrs.rule) and verdict: right, extra or duplicate."""
    pred_nodes = {n["id"]: n for n in export.get("nodes", [])
                  if n.get("kind") in score.SCORED_KINDS}
    _, pred_to_gold, duplicates = align(score, gold_nodes, pred_nodes)
    return [{"id": pid, "name": n.get("name"), "kind": n["kind"], "rule": node_rule(n),
             "verdict": "right" if pid in pred_to_gold else
                        "duplicate" if pid in duplicates else "extra"}
            for pid, n in pred_nodes.items()]


def judge(score, export, gold_nodes, gold_edges, set_name=""):
    """Every edge the scorer counts, with its rules and verdict: a list of dicts."""
    pred_nodes = {n["id"]: n for n in export.get("nodes", [])
                  if n.get("kind") in score.SCORED_KINDS}
    docs = {d.get("id"): Path(str(d.get("source", ""))).name for d in export.get("documents", [])}
    gold_to_pred, pred_to_gold, duplicates = align(score, gold_nodes, pred_nodes)
    gold_mapped = {(gold_to_pred.get(s), r, gold_to_pred.get(t)) for s, r, t in gold_edges}
    gold_pairs = defaultdict(set)
    for s, r, t in gold_edges:
        if s in gold_to_pred and t in gold_to_pred:
            gold_pairs[(gold_to_pred[s], gold_to_pred[t])].add(r)
    edges = export.get("edges", [])
    chair_pairs = {(e.get("source"), e.get("target")) for e in edges
                   if e.get("relation") in CHAIRS}
    judged = {}
    for e in edges:
        rel, src, dst = e.get("relation"), e.get("source"), e.get("target")
        if rel not in score.SCORED_RELATIONS or src not in pred_nodes or dst not in pred_nodes:
            continue
        if rel == "attended" and (src, dst) in chair_pairs:
            continue
        key = (src, rel, dst)
        entry = judged.get(key)
        if entry is None:
            if key in gold_mapped:
                verdict, reason = "right", ""
            elif src not in pred_to_gold or dst not in pred_to_gold:
                verdict, reason = "wrong", "node"
            elif gold_pairs.get((src, dst)):
                verdict, reason = "wrong", "relation"
            else:
                verdict, reason = "wrong", "none"
            entry = judged[key] = {
                "set": set_name, "relation": rel, "verdict": verdict, "reason": reason,
                "source": pred_nodes[src].get("name"), "target": pred_nodes[dst].get("name"),
                "source_kind": pred_nodes[src]["kind"], "target_kind": pred_nodes[dst]["kind"],
                "source_rule": node_rule(pred_nodes[src]), "target_rule": node_rule(pred_nodes[dst]),
                "source_gold": pred_to_gold.get(src), "target_gold": pred_to_gold.get(dst),
                "gold_relations": sorted(gold_pairs.get((src, dst), ())),
                "duplicate": sorted(n for n in (src, dst) if n in duplicates),
                "evidence": []}
        for ev in e.get("evidence") or []:
            entry["evidence"].append({"rule": ev.get("rule") or "(none)",
                                      "document": docs.get(ev.get("document"), "?"),
                                      "text": ev.get("text", "")})
    for entry in judged.values():
        entry["rules"] = sorted({ev["rule"] for ev in entry["evidence"]}) or ["(none)"]
    return list(judged.values())


def tally(judged, by_rule_only=False):
    """Rows keyed by (rule, relation), or by rule alone."""
    rows = defaultdict(lambda: {"stated": 0, "right": 0, "wrong": 0, "node": 0,
                                "relation": 0, "none": 0, "alone": 0})
    for j in judged:
        for rule in j["rules"]:
            row = rows[(rule,) if by_rule_only else (rule, j["relation"])]
            row["stated"] += 1
            row[j["verdict"]] += 1
            if j["verdict"] == "wrong":
                row[j["reason"]] += 1
                row["alone"] += len(j["rules"]) == 1
    return rows


def rule_matches(rule, wanted):
    return rule.startswith(wanted[:-1]) if wanted.endswith("*") else rule == wanted


def run_set(dkg, score, set_dir, work):
    golds = sorted(p for p in Path(set_dir).glob("*.gold.json")
                   if p.with_name(p.name[:-len(".gold.json")] + ".txt").is_file())
    if not golds:
        sys.exit(f"rule-precision: no NAME.txt with NAME.gold.json in {set_dir}")
    texts = [str(p.with_name(p.name[:-len(".gold.json")] + ".txt")) for p in golds]
    db, out = os.path.join(work, "set.db"), os.path.join(work, "set.json")
    for f in (db, out):
        if os.path.exists(f):
            os.remove(f)
    subprocess.run([dkg, "--db", db, "import", *texts], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([dkg, "--db", db, "export", "--format", "json", "-o", out], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    export = json.loads(Path(out).read_text(encoding="utf-8"))
    gold_nodes, gold_edges, _ = score.load_gold([str(g) for g in golds])
    return (judge(score, export, gold_nodes, gold_edges, Path(set_dir).name),
            judge_nodes(score, export, gold_nodes))


def print_table(judged, top, by_rule_only, relation):
    if relation:
        judged = [j for j in judged if j["relation"] == relation]
    rows = tally(judged, by_rule_only)
    right = sum(j["verdict"] == "right" for j in judged)
    print(f"edges {len(judged)}, right {right}, wrong {len(judged) - right}, "
          f"P {right / len(judged) if judged else 0:.3f} (each edge once; the scorer's edge P)")
    reasons = defaultdict(int)
    ends = defaultdict(int)
    for j in judged:
        if j["verdict"] != "wrong":
            continue
        reasons[j["reason"]] += 1
        if j["reason"] == "node":
            for end in ("source", "target"):
                if j[end + "_gold"] is None:
                    ends[j[end + "_kind"]] += 1
    print(f"wrong: node {reasons['node']} (the end no gold node is: "
          + ", ".join(f"{k} {v}" for k, v in sorted(ends.items(), key=lambda kv: -kv[1]))
          + f"), relation {reasons['relation']}, none {reasons['none']}")
    head = "rule" if by_rule_only else "rule / relation"
    print(f"{head:<52} {'stated':>6} {'right':>5} {'wrong':>5} {'P':>5} | "
          f"{'node':>4} {'rel':>4} {'none':>4} {'alone':>5}")
    order = sorted(rows.items(), key=lambda kv: (-kv[1]["wrong"], -kv[1]["stated"], kv[0]))
    for key, r in order[:top] if top else order:
        name = key[0] if by_rule_only else f"{key[0]} {key[1]}"
        p = r["right"] / r["stated"] if r["stated"] else 0.0
        print(f"{name:<52} {r['stated']:>6} {r['right']:>5} {r['wrong']:>5} {p:>5.2f} | "
              f"{r['node']:>4} {r['relation']:>4} {r['none']:>4} {r['alone']:>5}")


def print_nodes(nodes, judged, top):
    """Nodes per (rule, kind): a wrong edge whose end is no gold node is that node rule's doing."""
    rows = defaultdict(lambda: {"made": 0, "right": 0, "extra": 0, "duplicate": 0, "edges": 0})
    for n in nodes:
        row = rows[(n["rule"], n["kind"])]
        row["made"] += 1
        row[n["verdict"]] += 1
    for j in judged:
        if j["reason"] == "node":
            for end in {(j[e + "_rule"], j[e + "_kind"]) for e in ("source", "target")
                        if j[e + "_gold"] is None}:
                rows[end]["edges"] += 1
    extra = sum(n["verdict"] != "right" for n in nodes)
    print(f"nodes {len(nodes)}, not in gold {extra} (extra or duplicate); "
          f"wrong edges on them {sum(j['reason'] == 'node' for j in judged)}")
    print(f"{'node rule / kind':<52} {'made':>5} {'right':>5} {'extra':>5} {'dup':>4} "
          f"{'wrong edges':>11}")
    order = sorted(rows.items(), key=lambda kv: (-kv[1]["edges"], -kv[1]["extra"], kv[0]))
    for (rule, kind), r in order[:top] if top else order:
        print(f"{rule + ' ' + kind:<52} {r['made']:>5} {r['right']:>5} {r['extra']:>5} "
              f"{r['duplicate']:>4} {r['edges']:>11}")


def print_edges(judged, wanted, verdict, relation):
    for j in judged:
        if j["verdict"] != verdict or (relation and j["relation"] != relation):
            continue
        evs = [ev for ev in j["evidence"] if rule_matches(ev["rule"], wanted)]
        if not evs:
            continue
        why = j["reason"]
        if why == "relation":
            why += " (gold: " + ", ".join(j["gold_relations"]) + ")"
        elif why == "node":
            ends = [n for n, g in ((j["source"], j["source_gold"]), (j["target"], j["target_gold"]))
                    if g is None]
            why += " (not in gold: " + "; ".join(ends) + ")"
        print(f"[{j['set']}] {j['source']} -{j['relation']}-> {j['target']}"
              + (f"   {why}" if why else "") + f"   rules: {', '.join(j['rules'])}")
        seen = set()
        for ev in evs:
            if (ev["document"], ev["text"]) in seen:
                continue
            seen.add((ev["document"], ev["text"]))
            print(f"    {ev['document']}: {ev['text']}")


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the listing quietly
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n".join(__doc__.splitlines()[2:]))
    ap.add_argument("sets", nargs="+", metavar="SET_DIR")
    ap.add_argument("--dkg", default=os.environ.get("DKG", str(REPO / "build" / "dkg")))
    ap.add_argument("--eval", default=os.environ.get("EVAL", str(REPO.parent / "shared" / "eval")),
                    help="folder of score.py (default ../shared/eval)")
    ap.add_argument("--top", type=int, default=25, help="rows of the table (0: all)")
    ap.add_argument("--by-rule", action="store_true", help="one row per rule, all relations")
    ap.add_argument("--relation", help="only edges of this relation")
    ap.add_argument("--nodes", action="store_true",
                    help="per node rule and kind: nodes made, extra, and the wrong edges on them")
    ap.add_argument("--wrong", metavar="RULE", help="list RULE's wrong edges with their sentence")
    ap.add_argument("--right", metavar="RULE", help="list RULE's right edges with their sentence")
    args = ap.parse_args()

    score = load_scorer(args.eval)
    if score is None:
        sys.exit(f"rule-precision: no scorer at {args.eval}/score.py (set --eval DIR or EVAL)")
    if not os.access(args.dkg, os.X_OK):
        sys.exit(f"rule-precision: no dkg binary at {args.dkg} (build first, or --dkg PATH)")
    judged, nodes = [], []
    with tempfile.TemporaryDirectory() as work:
        for s in args.sets:
            edges_of_set, nodes_of_set = run_set(args.dkg, score, s, work)
            judged += edges_of_set
            nodes += nodes_of_set
    if args.nodes:
        print_nodes(nodes, judged, args.top)
    elif args.wrong or args.right:
        print_edges(judged, args.wrong or args.right, "wrong" if args.wrong else "right",
                    args.relation)
    else:
        print_table(judged, args.top, args.by_rule, args.relation)


if __name__ == "__main__":
    main()
