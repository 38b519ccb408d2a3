#!/usr/bin/env python3
"""scripts/rule-precision.py's core on a made-up store and gold: alignment (the scorer's), the
three reasons an edge is wrong, an edge counted once per rule, `alone`, and no `attended` beside a
chair. Needs the scorer (../shared/eval/score.py, or EVAL=DIR); exits 77 (skipped) without it.

usage: check_rule_precision.py REPO_DIR
"""
import importlib.util
import os
import sys
from pathlib import Path

repo = Path(sys.argv[1]).resolve()
spec = importlib.util.spec_from_file_location("rule_precision", repo / "scripts" / "rule-precision.py")
rp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rp)
score = rp.load_scorer(os.environ.get("EVAL", repo.parent / "shared" / "eval"))
if score is None:
    print("skipped: no scorer at ../shared/eval/score.py (set EVAL=DIR)")
    sys.exit(77)

gold_nodes = {
    "official:ana-ruiz": {"key": "official:ana-ruiz", "kind": "official", "names": ["Ana Ruiz"], "date": None},
    "official:li-berg": {"key": "official:li-berg", "kind": "official", "names": ["Li Berg"], "date": None},
    "country:peru": {"key": "country:peru", "kind": "country", "names": ["Peru"], "date": None},
    "meeting:pe-no-talks": {"key": "meeting:pe-no-talks", "kind": "meeting", "date": "2031-04-02",
                            "names": ["Peru-Norway talks in Cusco"]},
}
gold_edges = {("official:ana-ruiz", "represents", "country:peru"),
              ("official:ana-ruiz", "chaired", "meeting:pe-no-talks"),
              ("official:li-berg", "attended", "meeting:pe-no-talks")}


def edge(i, s, rel, t, *rules):
    return {"id": i, "source": s, "target": t, "relation": rel,
            "evidence": [{"document": 1, "rule": r, "text": f"sentence {i}"} for r in rules]}


export = {
    "documents": [{"id": 1, "source": "made-up.txt"}],
    "nodes": [
        {"id": 1, "kind": "official", "name": "Ana Ruiz", "aliases": []},
        {"id": 2, "kind": "official", "name": "Li Berg", "aliases": ["Berg"]},
        {"id": 3, "kind": "country", "name": "Peru", "aliases": []},
        {"id": 4, "kind": "meeting", "name": "Peru Norway talks", "date": "2031-04-02", "aliases": []},
        {"id": 5, "kind": "place", "name": "Cusco", "aliases": []},
        {"id": 6, "kind": "topic", "name": "fisheries", "aliases": []},
    ],
    "edges": [
        edge(1, 1, "represents", 3, "official:title-country", "pattern:x"),  # right, two rules
        edge(2, 1, "chaired", 4, "role:hosted"),                              # right
        edge(3, 1, "attended", 4, "role:met"),         # beside a chair: not counted
        edge(4, 2, "chaired", 4, "role:received"),     # gold says attended: reason relation
        edge(5, 2, "represents", 3, "official:title-country"),  # both ends gold, no edge: none
        edge(6, 4, "held_in", 5, "pattern:x"),         # Cusco is no gold node: reason node
        edge(7, 4, "discussed", 6, "pattern:x"),       # unscored relation and kind: not counted
    ],
}

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


judged = rp.judge(score, export, gold_nodes, gold_edges, "made-up")
by_edge = {(j["source"], j["relation"], j["target"]): j for j in judged}
check(len(judged) == 5, f"five edges counted, as the scorer counts them: {sorted(by_edge)}")
check(("Ana Ruiz", "attended", "Peru Norway talks") not in by_edge, "no attended beside a chair")
check(by_edge[("Ana Ruiz", "represents", "Peru")]["verdict"] == "right", "represents is right")
check(by_edge[("Ana Ruiz", "chaired", "Peru Norway talks")]["verdict"] == "right",
      "the meeting aligns by content words and date")
wrong = by_edge[("Li Berg", "chaired", "Peru Norway talks")]
check((wrong["verdict"], wrong["reason"], wrong["gold_relations"]) == ("wrong", "relation", ["attended"]),
      f"a chair the gold calls attended: {wrong}")
check(by_edge[("Li Berg", "represents", "Peru")]["reason"] == "none", "no gold edge between gold nodes")
check(by_edge[("Peru Norway talks", "held_in", "Cusco")]["reason"] == "node", "an end not in gold")

rows = rp.tally(judged)
check(rows[("official:title-country", "represents")] ==
      {"stated": 2, "right": 1, "wrong": 1, "node": 0, "relation": 0, "none": 1, "alone": 1},
      f"title-country: {rows[('official:title-country', 'represents')]}")
check(rows[("pattern:x", "represents")]["right"] == 1, "an edge is counted for each of its rules")
check(rows[("pattern:x", "held_in")]["alone"] == 1, "a wrong edge one rule alone read")
by_rule = rp.tally(judged, by_rule_only=True)
check(by_rule[("pattern:x",)]["stated"] == 2, "by rule: its edges of every relation")
check(rp.rule_matches("pattern:guest-received-by", "pattern:guest-*"), "a prefix ending in *")
check(not rp.rule_matches("pattern:guest-received-by", "pattern:guest"), "an exact rule otherwise")

print("FAILED" if failures else "ok", f"({len(failures)} failures)")
sys.exit(1 if failures else 0)
