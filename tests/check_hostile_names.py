#!/usr/bin/env python3
"""Hostile names survive every output format: each is exported and read back intact through JSON
(json), GraphML (networkx), DOT (Graphviz's own parser, `dot -Tjson`) and CSV (csv module).

usage: check_hostile_names.py DKG_BINARY MAKE_HOSTILE_STORE
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

import networkx

dkg, maker = sys.argv[1], sys.argv[2]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


with tempfile.TemporaryDirectory() as tmp:
    db, names_file = os.path.join(tmp, "hostile.db"), os.path.join(tmp, "names.json")
    subprocess.run([maker, db, names_file], check=True)
    names = set(json.load(open(names_file, encoding="utf-8")))
    run = lambda *a: subprocess.run([dkg, "--db", db, *a], capture_output=True, check=True).stdout

    data = json.loads(run("export", "--format", "json"))
    check({n["name"] for n in data["nodes"]} == names, "JSON round trip")

    graphml = os.path.join(tmp, "g.graphml")
    run("export", "--format", "graphml", "-o", graphml)
    g = networkx.read_graphml(graphml)
    # XML 1.0 cannot carry control characters other than tab, newline and carriage return: the
    # writer drops them, so compare without them.
    strip = lambda s: "".join(c for c in s if c in "\t\n\r" or ord(c) >= 0x20)
    check({a["name"] for _, a in g.nodes(data=True)} == {strip(n) for n in names}, "GraphML round trip")

    dot = run("export", "--format", "dot")
    rendered = json.loads(subprocess.run(["dot", "-Tjson"], input=dot, capture_output=True, check=True).stdout)
    def unescape(label):  # the DOT escapes dkg writes: \\ \" \n
        out, i = [], 0
        while i < len(label):
            if label[i] == "\\" and i + 1 < len(label):
                out.append({"n": "\n", "\\": "\\", '"': '"'}.get(label[i + 1], label[i + 1]))
                i += 2
            else:
                out.append(label[i])
                i += 1
        return "".join(out)
    labels = {unescape(o["label"]).rsplit("\n(", 1)[0] for o in rendered.get("objects", []) if "label" in o}
    # DOT labels turn control characters into spaces and newlines stay newlines.
    expected = {"".join(c if c == "\n" or ord(c) >= 0x20 else " " for c in n) for n in names}
    check(labels == expected, "DOT round trip through Graphviz")

    first = next(n for n in data["nodes"] if n["name"] == "O'Brien \"the Bold\"")
    rows = list(csv.reader(io.StringIO(run("neighbors", f"#{first['id']}", "--format", "csv").decode("utf-8"),
                                       newline="")))
    check({r[2] for r in rows[1:]} == names - {first["name"]}, "CSV round trip")

print(f"{0 if failures else 1} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
