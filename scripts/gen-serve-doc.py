#!/usr/bin/env python3
"""Writes docs/serve.md from docs/serve.md.in with real answers: imports the bundled example into
a scratch store, starts `dkg serve --port 0` on it and puts each request of ANSWERS and ERRORS,
with what the server answered (status, X-Dkg-Note, body cut to a few lines), where the template
says @ANSWERS@ and @ERRORS@. Run after changing an answer; review the diff.

usage: scripts/gen-serve-doc.py [DKG_BINARY]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dkg = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "dkg"))

# (title, path, parameters, lines of the body to show)
ANSWERS = [
    ("Suggestions while typing:", "api/suggest", {"q": "vik mis"}, 20),
    ("A node's card (the first lines; the edges carry their evidence):", "api/node", {"q": "Vikram Misri"}, 48),
    ("Its neighbourhood, co-chair edges only:", "api/neighbors", {"q": "Vikram Misri", "relations": "cochaired"}, 30),
    ("A path, with the sentences that support each hop (the first lines):", "api/path",
     {"from": "Vikram Misri", "to": "Masataka Okano"}, 30),
    ("Co-chairs of one meeting (the first lines):", "api/cochairs", {"official": "Okano"}, 30),
    ("Lineage (the first lines):", "api/lineage", {"q": "2+2 Ministerial"}, 40),
    ("A document with its text (cut here); evidence offsets are bytes into `text`:", "api/document", {"id": "1"}, 12),
    ("Search (the first lines):", "api/search", {"q": "Tokyo"}, 24),
    ("An export as DOT; `format=svg` and `format=png` draw it with Graphviz:", "api/export",
     {"around": "Vikram Misri", "format": "dot"}, 14),
    ("The styles of the kinds (the first lines):", "api/style", {}, 14),
    ("A timeline within a window (`dkg timeline \"Vikram Misri\" --from 2024`; the first lines):",
     "api/timeline", {"q": "Vikram Misri", "from_date": "2024"}, 24),
    ("Dialogue series, measured as of a date (the first lines):", "api/dialogues", {"as_of": "2025-06"}, 24),
]
ERRORS = [
    ("", "api/node", {"q": "Narendra Modi"}, 10),
    ("", "api/node", {"q": "Ministry"}, 30),
    ("", "api/neighbors", {"q": "Vikram Misri", "depth": "1 OR 1=1"}, 10),
    ("", "api/neighbors", {"q": "Vikram Misri", "relations": "cochaired' --"}, 10),
    ("", "api/node", {"q": "Misri", "sql": "DROP TABLE nodes"}, 10),
    ("", "api/node", {"q": b"Mis\xffri"}, 10),
    ("", "api/document", {"id": "0x10"}, 10),
    ("", "api/search", {"q": "Misri OR Okano"}, 10),
    ("", "api/neighbors", {"q": "Vikram Misri", "as_of": "2024-13"}, 10),
    ("", "api/node", {"q": "Misri*"}, 10),
    ("", "api/node", {"q": "Vikram Misri", "offset": "-0"}, 10),
    ("", "api/dialogues", {"pair": "India,India"}, 10),
]


def show(base, title, path, params, lines):
    query = urllib.parse.urlencode(params, safe=",")
    url = base + path + ("?" + query if query else "")
    try:
        with urllib.request.urlopen(url) as r:
            status, headers, body = r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        status, headers, body = e.code, e.headers, e.read()
    text = body.decode("utf-8", "replace").rstrip("\n").split("\n")
    shown = text[:lines] + (["…"] if len(text) > lines else [])
    out = (title + "\n\n" if title else "") + "```console\n"
    out += "$ curl -si 'http://127.0.0.1:8080/" + path + ("?" + query if query else "") + "'\n"
    out += f"HTTP/1.1 {status}\n"
    out += f"Content-Type: {headers.get('Content-Type')}\n"
    if headers.get("X-Dkg-Note"):
        out += f"X-Dkg-Note: {headers.get('X-Dkg-Note')}\n"
    out += "\n" + "\n".join(shown) + "\n```\n"
    return out


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "dkg.db")
    # Imported from the scratch folder, as docs/cli.md does, so no path of this machine shows.
    name = "000_dd9a1b8ace2b4269.txt"
    shutil.copy(os.path.join(root, "data", "example", name), os.path.join(tmp, name))
    subprocess.run([dkg, "--db", db, "import", name], check=True, capture_output=True, cwd=tmp)
    server = subprocess.Popen([dkg, "--db", db, "serve", "--port", "0"], stderr=subprocess.PIPE)
    try:
        line = server.stderr.readline().decode()
        base = re.search(r"(http://127\.0\.0\.1:\d+/)", line).group(1)
        answers = "\n".join(show(base, *a) for a in ANSWERS).replace(tmp + "/", "")
        errors = "\n".join(show(base, *e) for e in ERRORS).replace(tmp + "/", "")
    finally:
        server.terminate()
        server.wait()

template = open(os.path.join(root, "docs", "serve.md.in")).read()
doc = template.replace("@ANSWERS@", answers.rstrip("\n")).replace("@ERRORS@", errors.rstrip("\n"))
open(os.path.join(root, "docs", "serve.md"), "w").write(doc)
print("wrote docs/serve.md")
