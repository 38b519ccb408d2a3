#!/usr/bin/env python3
"""The output contract: every query command, run on the bundled example with --format json and
--format csv, validated against its JSON Schema in docs/schemas/ (CSV rows through the schema's
$defs/csv_row, columns in its order, an empty field read as null and integer columns as numbers).
Beyond the schemas: no JSON string is empty (a missing value is null) and no number is a string.

usage: check_contract.py DKG_BINARY SOURCE_DIR
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

import jsonschema

dkg, source = sys.argv[1], sys.argv[2]
schemas = os.path.join(source, "docs", "schemas")
example = os.path.join(source, "data", "example")
failures = []

# (schema, arguments, expected exit status): every query command, with and without filters.
CASES = [
    ("cochairs", ["cochairs"], 0),
    ("cochairs", ["cochairs", "--country", "Japan"], 0),
    ("lineage", ["lineage", "2+2 Ministerial"], 0),
    ("lineage", ["lineage", "Tokyo"], 0),
    ("path", ["path", "Vikram Misri", "Masataka Okano"], 0),
    ("path", ["path", "Vikram Misri", "Masataka Okano", "--direction", "out"], 1),
    ("path-batch", ["path", "--batch", "pairs.tsv"], 0),
    ("neighbors", ["neighbors", "Vikram Misri", "--depth", "2"], 0),
    ("neighbors-count", ["neighbors", "Tokyo", "--depth", "2", "--count"], 0),
    ("show", ["show", "Masataka Okano"], 0),
    ("show", ["show", "2+2 Ministerial"], 0),
    ("stats", ["stats"], 0),
    ("nodes", ["nodes"], 0),
    ("nodes", ["nodes", "--kind", "official", "--country", "Japan"], 0),
    ("search", ["search", "Tokyo"], 0),
    ("search", ["search", "economic security"], 0),
    ("documents", ["documents"], 0),
    ("documents-copies", ["documents", "--copies"], 0),
    ("cochairs", ["cochairs", "--from", "2024-11", "--to", "2024-11-30"], 0),
    ("lineage", ["lineage", "2+2 Ministerial", "--as-of", "2024-08"], 0),
    ("timeline", ["timeline", "2+2 Ministerial"], 0),
    ("timeline", ["timeline", "India,Japan"], 0),
    ("timeline", ["timeline", "Vikram Misri", "--to", "2024"], 0),
    ("timeline", ["timeline", "India", "--from", "2030"], 0),
    ("officials", ["officials"], 0),
    ("officials", ["officials", "--country", "India", "--as-of", "2024-11-27"], 0),
    ("dialogues", ["dialogues"], 0),
    ("dialogues", ["dialogues", "--pair", "India,Japan", "--as-of", "2025-06-30"], 0),
    ("dialogues", ["dialogues", "--quiet-since", "2030"], 0),
]

# Corrections change the store: each runs once, in JSON, in this order (issue 13); then the log
# is checked in both formats, whole and for one node.
CORRECTIONS = [
    ["rename", "Tokyo", "Tokyo, Japan", "--reason", "full name"],
    ["set-date", "2+2 Ministerial", "2024-08"],
    ["unlink", "Vikram Misri", "represents", "India"],
    ["link", "Vikram Misri", "represents", "India", "--reason", "he does", "--by", "tester"],
    ["undo", "#2"],
]
HISTORY = [["history"], ["history", "Tokyo"], ["show", "Tokyo"]]

# (schema, API path, parameters, HTTP status): the same questions asked of `dkg serve`.
API_CASES = [
    ("cochairs", "api/cochairs", {}, 200),
    ("cochairs", "api/cochairs", {"country": "Japan"}, 200),
    ("lineage", "api/lineage", {"q": "2+2 Ministerial"}, 200),
    ("path", "api/path", {"from": "Vikram Misri", "to": "Masataka Okano"}, 200),
    ("neighbors", "api/neighbors", {"q": "Vikram Misri", "depth": "2"}, 200),
    ("neighbors", "api/neighbors", {"q": "Vikram Misri", "kinds": "meeting"}, 200),
    ("show", "api/node", {"q": "Masataka Okano"}, 200),
    ("stats", "api/stats", {}, 200),
    ("nodes", "api/suggest", {"q": "mis"}, 200),
    ("search", "api/search", {"q": "Tokyo"}, 200),
    ("export", "api/export", {"around": "Vikram Misri", "depth": "2"}, 200),
    ("export", "api/export", {}, 200),
    ("document", "api/document", {"id": "1"}, 200),
    ("style", "api/style", {}, 200),
    ("timeline", "api/timeline", {"q": "Vikram Misri"}, 200),
    ("timeline", "api/timeline", {"q": "India,Japan", "from_date": "2024"}, 200),
    ("officials", "api/officials", {"as_of": "2024-11-27"}, 200),
    ("dialogues", "api/dialogues", {}, 200),
    ("neighbors", "api/neighbors", {"q": "Vikram Misri", "as_of": "2024-09"}, 200),
    ("cochairs", "api/cochairs", {"from_date": "2024-11"}, 200),
    ("lineage", "api/lineage", {"q": "2+2 Ministerial", "to_date": "2024-10"}, 200),
    ("export", "api/export", {"around": "Vikram Misri", "as_of": "2024-09"}, 200),
    ("show", "api/node", {"q": "Vikram Misri", "limit": "1", "offset": "1"}, 200),
    ("error", "api/search", {"q": "Misri*"}, 400),
    ("error", "api/officials", {"as_of": "yesterday"}, 400),
    ("error", "api/node", {"q": "no such thing at all"}, 404),
    ("error", "api/neighbors", {"q": "Vikram Misri", "depth": "x"}, 400),
    ("error", "api/node", {"q": "Ministry"}, 409),
    ("error", "api/nowhere", {}, 404),
]


def fail(what):
    failures.append(what)
    print("FAIL:", what)


def no_empty_strings(value, where):
    if isinstance(value, str) and value == "":
        fail(f"{where}: empty string (a missing value must be null)")
    elif isinstance(value, dict):
        for k, v in value.items():
            no_empty_strings(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            no_empty_strings(v, f"{where}[{i}]")


def csv_rows(text, row_schema, where):
    columns = row_schema["required"]
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != columns:
        fail(f"{where}: CSV header {rows[:1]} is not {columns}")
        return []
    out = []
    for row in rows[1:]:
        obj = {}
        for column, field in zip(columns, row):
            types = row_schema["properties"][column].get("type", [])
            if field == "":
                obj[column] = None
            elif "integer" in types and re.fullmatch(r"-?\d+", field):
                obj[column] = int(field)
            else:
                obj[column] = field
        if len(row) != len(columns):
            fail(f"{where}: row {row} has {len(row)} fields, not {len(columns)}")
        out.append(obj)
    return out


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "dkg.db")
    with open(os.path.join(tmp, "pairs.tsv"), "w") as f:
        f.write("Vikram Misri\tMasataka Okano\nTokyo\tNew Delhi\n")
    subprocess.run([dkg, "--db", db, "import", example], check=True, capture_output=True)
    # A near-copy of the example (another date), so that `documents --copies` has a group.
    seed = os.path.join(example, "000_dd9a1b8ace2b4269.txt")
    with open(seed, encoding="utf-8") as f, open(os.path.join(tmp, "copy.txt"), "w", encoding="utf-8") as g:
        g.write(f.read().replace("November 27", "November 28"))
    subprocess.run([dkg, "--db", db, "import", os.path.join(tmp, "copy.txt")], check=True, capture_output=True)
    run = lambda args: subprocess.run([dkg, "--db", db, *args], capture_output=True, cwd=tmp)
    checked = 0
    for name, args, code in CASES + [("export", ["export"], 0)]:
        schema = json.load(open(os.path.join(schemas, name + ".json")))
        formats = ["json"] if name == "export" else ["json", "csv"]
        for fmt in formats:
            where = f"dkg {' '.join(args)} --format {fmt}"
            r = run(args + ["--format", fmt])
            if r.returncode != code:
                fail(f"{where}: exit {r.returncode}, expected {code}: {r.stderr.decode()}")
                continue
            try:
                if fmt == "json":
                    doc = json.loads(r.stdout)
                    jsonschema.validate(doc, schema)
                    no_empty_strings(doc, where)
                else:
                    row_schema = schema["$defs"]["csv_row"]
                    for row in csv_rows(r.stdout.decode("utf-8"), row_schema, where):
                        jsonschema.validate(row, {**row_schema, "$defs": schema["$defs"]})
            except (ValueError, jsonschema.ValidationError) as e:
                fail(f"{where}: {str(e).splitlines()[0]}")
            checked += 1
    correction_schema = json.load(open(os.path.join(schemas, "correction.json")))
    # Beyond the shapes: a time window holds only what lies in it, on every path that answers
    # (the whole store's co-chairs and whole-store exports are read differently from the rest).
    for args, key in [(["cochairs", "--from", "2024-11-01", "--to", "2024-11-30"], "cochairs"),
                      (["export", "--from", "2024-11-01", "--to", "2024-11-30"], "export"),
                      (["export", "--from", "2024-11-01", "--to", "2024-11-30", "--format", "graphml"], None)]:
        r = run(args + (["--format", "json"] if key else []))
        where = "dkg " + " ".join(args)
        if r.returncode != 0:
            fail(f"{where}: exit {r.returncode}: {r.stderr.decode()}")
            continue
        if key == "cochairs":
            dates = [row["meeting"]["date"] for row in json.loads(r.stdout)]
        elif key == "export":
            dates = [n.get("date") for n in json.loads(r.stdout)["nodes"] if n["kind"] in ("meeting", "agreement")]
        else:
            dates = re.findall(r'<data key="[^"]*">(\d{4}-\d\d(?:-\d\d)?)</data>', r.stdout.decode())
        outside = [d for d in dates if not (d and d.startswith("2024-11"))]
        if not dates or outside:
            fail(f"{where}: dates outside the window or none: {outside or dates}")
        checked += 1
    for args in CORRECTIONS:
        where = f"dkg {' '.join(args)} --format json"
        r = run(args + ["--format", "json"])
        if r.returncode != 0:
            fail(f"{where}: exit {r.returncode}: {r.stderr.decode()}")
            continue
        try:
            doc = json.loads(r.stdout)
            jsonschema.validate(doc, correction_schema)
            no_empty_strings(doc, where)
        except (ValueError, jsonschema.ValidationError) as e:
            fail(f"{where}: {str(e).splitlines()[0]}")
        checked += 1
    # After the corrections, the whole-store export carries them with their rules (issue 13).
    r = run(["export", "--format", "json"])
    try:
        doc = json.loads(r.stdout)
        jsonschema.validate(doc, json.load(open(os.path.join(schemas, "export.json"))))
        log = json.loads(run(["history", "--format", "json"]).stdout)
        standing = [c["id"] for c in log if c["undone_by"] is None and c["action"] != "undo"]
        if [c["id"] for c in doc.get("corrections", [])] != standing:
            fail(f"dkg export carries corrections {[c['id'] for c in doc.get('corrections', [])]}, "
                 f"not those in effect {standing}")
        elif not any(c["rules"] for c in doc["corrections"]):
            fail("dkg export: no correction carries its rules (rename leaves a redirect)")
    except (ValueError, jsonschema.ValidationError) as e:
        fail(f"dkg export with corrections: {str(e).splitlines()[0]}")
    checked += 1
    for args in HISTORY:
        name = "show" if args[0] == "show" else "history"
        schema = json.load(open(os.path.join(schemas, name + ".json")))
        for fmt in ["json", "csv"]:
            where = f"dkg {' '.join(args)} --format {fmt}"
            r = run(args + ["--format", fmt])
            try:
                if fmt == "json":
                    doc = json.loads(r.stdout)
                    jsonschema.validate(doc, schema)
                    no_empty_strings(doc, where)
                    if name == "show" and not doc["corrections"]:
                        fail(f"{where}: the node's corrections are missing")
                else:
                    row_schema = schema["$defs"]["csv_row"]
                    for row in csv_rows(r.stdout.decode("utf-8"), row_schema, where):
                        jsonschema.validate(row, {**row_schema, "$defs": schema["$defs"]})
            except (ValueError, jsonschema.ValidationError) as e:
                fail(f"{where}: {str(e).splitlines()[0]}")
            checked += 1
    # dkg serve: each API answer against the schema of the command that answers the same question
    # (and the API's own: document, style, error), from a server on a free loopback port.
    server = subprocess.Popen([dkg, "--db", db, "serve", "--port", "0"], stderr=subprocess.PIPE)
    try:
        line = server.stderr.readline().decode()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if not match:
            fail(f"dkg serve did not say where it listens: {line!r}")
        else:
            base = match.group(1)
            for name, path, params, status in API_CASES:
                where = f"GET {path}?{urllib.parse.urlencode(params)}"
                try:
                    with urllib.request.urlopen(base + path + "?" + urllib.parse.urlencode(params)) as r:
                        got, body = r.status, r.read()
                except urllib.error.HTTPError as e:
                    got, body = e.code, e.read()
                if got != status:
                    fail(f"{where}: HTTP {got}, expected {status}: {body[:200]!r}")
                    continue
                schema = json.load(open(os.path.join(schemas, name + ".json")))
                try:
                    doc = json.loads(body)
                    jsonschema.validate(doc, schema)
                    no_empty_strings(doc, where)
                except (ValueError, jsonschema.ValidationError) as e:
                    fail(f"{where}: {str(e).splitlines()[0]}")
                checked += 1
    finally:
        server.terminate()
        server.wait()
    # Every schema in docs/schemas is exercised, so none documents a shape nothing prints.
    names = {n for n, _, _ in CASES} | {"export", "correction", "history"} | {n for n, _, _, _ in API_CASES}
    for f in os.listdir(schemas):
        if f.endswith(".json") and f[:-5] not in names:
            fail(f"docs/schemas/{f} is not checked by any case")

print(f"{checked - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
