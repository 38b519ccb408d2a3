#!/usr/bin/env python3
"""Stress test (issue 14): 4 importers and 2 query loops on one store for SECONDS, then checks that
every document is stored exactly once, that no import failed, that every answer was well formed
and consistent (counts never go back), and that SQLite's integrity_check passes.

    scripts/stress.py [--dkg build/dkg] [--seconds 60] [--workdir DIR]

Exit status 0 when all holds; otherwise each problem is printed. Documents are our own text
(bench/gen_surname_docs.py); importer k imports its own documents plus a share every importer
also imports (those must end up stored once, the others skipped).
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import gen_surname_docs  # noqa: E402  (our own made-up press notes)


def write_docs(out, start, count, surname):
    os.makedirs(out, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        p = os.path.join(out, f"doc-{n:05d}.txt")
        with open(p, "w") as f:
            city = gen_surname_docs.CITIES[n % len(gen_surname_docs.CITIES)]
            country = gen_surname_docs.COUNTRIES[n % len(gen_surname_docs.COUNTRIES)]
            date = f"2025-{1 + (n // 28) % 12:02d}-{1 + n % 28:02d}"
            f.write(f"Note {n} by {surname}\n{city}, {date}\n\n"
                    f"Foreign Minister {gen_surname_docs.given_name(n)} {surname} of {country} "
                    f"visited {city} on {date} and held talks on trade.\n")
        paths.append(p)
    return paths


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dkg", default=os.path.join(ROOT, "build", "dkg"))
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--workdir")
    ap.add_argument("--batch", type=int, default=5, help="files per import command")
    a = ap.parse_args()
    work = a.workdir or tempfile.mkdtemp(prefix="dkg-stress-")
    os.makedirs(work, exist_ok=True)
    db = os.path.join(work, "stress.db")
    for suffix in ("", "-wal", "-shm", ".graph"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    # Enough documents that no importer runs out before the time is up.
    per_importer = max(50, int(a.seconds * 40))
    shared = write_docs(os.path.join(work, "shared"), 0, max(20, per_importer // 5), "Sharedname")
    own = [write_docs(os.path.join(work, f"own{k}"), 100000 * (k + 1), per_importer, f"Surname{'abcd'[k]}")
           for k in range(4)]
    problems = []
    lock = threading.Lock()
    deadline = time.monotonic() + a.seconds
    imported_lines = []  # (importer, path) for each "imported" line
    fed = set()          # every file some importer finished with

    def problem(text):
        with lock:
            problems.append(text)

    def importer(k):
        # Shared documents first, interleaved with the importer's own, in batches.
        files = []
        for i in range(max(len(shared), len(own[k]))):
            if i < len(shared):
                files.append(shared[(i + k * 7) % len(shared)])
            if i < len(own[k]):
                files.append(own[k][i])
        for i in range(0, len(files), a.batch):
            if time.monotonic() > deadline:
                break
            batch = files[i:i + a.batch]
            r = subprocess.run([a.dkg, "--db", db, "import", *batch], capture_output=True, text=True)
            for line in r.stdout.splitlines():
                word, _, rest = line.partition("  ")
                path = rest.split("  (")[0].strip()
                if word == "imported":
                    with lock:
                        imported_lines.append((k, path))
                elif word == "failed":
                    problem(f"importer {k}: {line}")
            if r.returncode != 0:
                problem(f"importer {k}: exit {r.returncode}: {r.stderr.strip()[:300]}")
            with lock:
                fed.update(batch)

    def querier(k):
        last_docs = last_nodes = 0
        n = 0
        answered = False  # until the first import has made the store, "no store" is expected
        while time.monotonic() < deadline:
            n += 1
            cmd = ["stats"] if n % 2 else (["cochairs"] if k == 0 else ["nodes", "--kind", "official"])
            r = subprocess.run([a.dkg, "--db", db, *cmd, "--format", "json"], capture_output=True, text=True)
            if r.returncode != 0:
                # Before the first import has made the store there is none yet (or an empty file
                # being initialised): not a failure then, and only then.
                if not answered and ("no such store" in r.stderr or "(empty database)" in r.stderr):
                    time.sleep(0.05)
                    continue
                problem(f"query {cmd}: exit {r.returncode}: {r.stderr.strip()[:300]}")
                continue
            answered = True
            try:
                answer = json.loads(r.stdout)
            except ValueError as e:
                problem(f"query {cmd}: not JSON ({e}): {r.stdout[:200]!r}")
                continue
            if cmd == ["stats"]:
                docs, nodes = answer["documents"], answer["nodes"]
                if docs < last_docs or nodes < last_nodes:
                    problem(f"stats went back: documents {last_docs} -> {docs}, nodes {last_nodes} -> {nodes}")
                last_docs, last_nodes = docs, nodes
            elif not isinstance(answer, list):
                problem(f"query {cmd}: not a list")

    threads = [threading.Thread(target=importer, args=(k,)) for k in range(4)]
    threads += [threading.Thread(target=querier, args=(k,)) for k in range(2)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - start

    con = sqlite3.connect(db)
    integrity = con.execute("PRAGMA integrity_check").fetchall()
    if integrity != [("ok",)]:
        problems.append(f"integrity_check: {integrity[:5]}")
    docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    sources = [r[0] for r in con.execute("SELECT source FROM documents")]
    con.close()
    imported_paths = [p for _, p in imported_lines]
    if len(imported_paths) != len(set(imported_paths)):
        dup = sorted({p for p in imported_paths if imported_paths.count(p) > 1})
        problems.append(f"{len(dup)} documents reported imported twice, e.g. {dup[:3]}")
    if docs != len(fed):
        problems.append(f"{len(fed)} distinct files were imported or skipped, but the store holds {docs} documents")
    if docs != len(imported_paths):
        problems.append(f"{len(imported_paths)} 'imported' lines but {docs} documents stored")
    if len(sources) != len(set(sources)):
        problems.append("a document is stored twice")
    print(f"stress: {took:.1f} s, 4 importers and 2 query loops; {docs} documents stored once each "
          f"({len(fed)} distinct files fed); integrity_check {integrity[0][0]}")
    for p in problems:
        print("PROBLEM:", p)
    if not a.workdir and not problems:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
