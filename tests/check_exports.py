#!/usr/bin/env python3
"""The exports read by the tools analysts use: NetworkX reads the GraphML export with the same
node and edge counts (and attributes) as the JSON export, and Graphviz renders the DOT export.

usage: check_exports.py DKG_BINARY DOCUMENT
"""
import json
import os
import subprocess
import sys
import tempfile

import networkx


def main():
    dkg, document = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "dkg.db")
        run = lambda *args: subprocess.run([dkg, "--db", db, *args], check=True, capture_output=True)
        run("import", document)
        run("export", "--format", "json", "-o", os.path.join(tmp, "g.json"))
        run("export", "--format", "graphml", "-o", os.path.join(tmp, "g.graphml"))
        run("export", "--format", "dot", "-o", os.path.join(tmp, "g.dot"))
        with open(os.path.join(tmp, "g.json"), encoding="utf-8") as f:
            data = json.load(f)
        graph = networkx.read_graphml(os.path.join(tmp, "g.graphml"))
        assert graph.number_of_nodes() == len(data["nodes"]), (graph.number_of_nodes(), len(data["nodes"]))
        assert graph.number_of_edges() == len(data["edges"]), (graph.number_of_edges(), len(data["edges"]))
        names = {attrs["name"] for _, attrs in graph.nodes(data=True)}
        assert names == {n["name"] for n in data["nodes"]}
        for _, _, attrs in graph.edges(data=True):
            assert attrs["relation"] and attrs["evidence"], attrs
        svg = subprocess.run(["dot", "-Tsvg", os.path.join(tmp, "g.dot")], check=True,
                             capture_output=True).stdout
        assert b"<svg" in svg
        print(f"graphml: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
              f"dot rendered {len(svg)} bytes of SVG")


if __name__ == "__main__":
    main()
