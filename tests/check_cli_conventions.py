#!/usr/bin/env python3
"""The command line's conventions, as a tester found them broken (issue 11 leftovers): each check
ran the case that failed and now asserts the fixed behaviour.

usage: check_cli_conventions.py DKG_BINARY EXAMPLE_DOCUMENT
"""
import fcntl
import os
import pty
import struct
import subprocess
import sys
import tempfile
import termios
import time

dkg, seed = sys.argv[1], sys.argv[2]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(*args, stdin=None, env=None):
    return subprocess.run([dkg, *args], capture_output=True, text=True, input=stdin,
                          env={**os.environ, **(env or {})}, timeout=120)


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "seed.db")
    r = run("--db", db, "import", seed)
    check(r.returncode == 0, f"seed import: {r.stderr}")

    # Explicit empty filters and empty arguments are usage errors (2), not "no filter".
    for args in (["nodes", "--kind", ""], ["export", "--kinds", ""], ["export", "--relations", ","],
                 ["neighbors", "Tokyo", "--relations", ","], ["path", "Tokyo", "India", "--relations", ""],
                 ["show", ""], ["search", ""], ["cochairs", "--country", ""], ["export", "-o", ""],
                 ["nodes", "--name-like", ""]):
        r = run("--db", db, *args)
        check(r.returncode == 2, f"{args}: exit {r.returncode}, want 2 ({r.stderr.strip()})")
        check("names nothing" in r.stderr, f"{args}: says the value names nothing ({r.stderr.strip()})")
    r = run("--db", db, "export", "-o", "")
    check(r.stdout == "", "export -o '' writes nothing to standard output")

    # Empty time options and pair sides are usage errors too (issue 12).
    for args in (["cochairs", "--from", ""], ["cochairs", "--to", ""], ["neighbors", "Tokyo", "--as-of", ""],
                 ["timeline", "Tokyo", "--from", ""], ["officials", "--as-of", ""], ["officials", "--office", ""],
                 ["officials", "--country", ""], ["dialogues", "--pair", ""], ["dialogues", "--as-of", ""],
                 ["dialogues", "--quiet-since", ""]):
        r = run("--db", db, *args)
        check(r.returncode == 2 and "names nothing" in r.stderr, f"{args}: exit {r.returncode}, want 2 ({r.stderr.strip()})")
    for args in (["timeline", "Japan,"], ["timeline", ",Japan"], ["timeline", " , "], ["dialogues", "--pair", "Japan,"]):
        r = run("--db", db, *args)
        check(r.returncode == 2 and "names nothing" in r.stderr, f"{args}: exit {r.returncode}, want 2 ({r.stderr.strip()})")
    for args in (["timeline", "Japan,Japan"], ["dialogues", "--pair", "Japan, Japan"]):
        r = run("--db", db, *args)
        check(r.returncode == 2 and "same node" in r.stderr, f"{args}: exit {r.returncode}, want 2 ({r.stderr.strip()})")

    # A date given is exactly YYYY, YYYY-MM or YYYY-MM-DD: nothing may trail a day.
    for value in ("2024-01-01xyz", "2024-01-05 junk", "2024-02-15T10:00", "2024-01-05Z"):
        for args in (["cochairs", "--from", value], ["officials", "--as-of", value]):
            r = run("--db", db, *args)
            check(r.returncode == 2 and "not a date" in r.stderr, f"{args}: exit {r.returncode}, want 2 ({r.stderr.strip()})")

    # --limit is decimal: 010 is ten, not eight; a negative limit is a short range error.
    r = run("--db", db, "nodes", "--limit", "010", "--format", "csv")
    check(r.returncode == 0 and len(r.stdout.splitlines()) == 11, f"--limit 010 gives ten rows: {r.stdout!r}")
    r = run("--db", db, "nodes", "--limit", "-1")
    check(r.returncode == 2 and "0 or more" in r.stderr and len(r.stderr) < 200,
          f"--limit -1: short range error ({r.stderr.strip()})")
    r = run("--db", db, "path", "Tokyo", "India", "--max-depth", "0x10")
    check(r.returncode == 2 and "whole number" in r.stderr, f"--max-depth 0x10 refused ({r.stderr.strip()})")

    # CLI11's own phrases are replaced by words that name what was typed.
    r = run("--versio")
    check(r.returncode == 2 and "'--versio'" in r.stderr and "'--version'" in r.stderr
          and "subcommand" not in r.stderr, f"--versio names the option and suggests --version ({r.stderr.strip()})")
    r = run("--db", db, "import")
    check(r.returncode == 2 and "is required" not in r.stderr and "missing paths" in r.stderr,
          f"import without paths ({r.stderr.strip()})")
    r = run("--db", db, "show", "Tokyo", "India")
    check(r.returncode == 2 and "At Most" not in r.stderr and "'India'" in r.stderr,
          f"show with two names ({r.stderr.strip()})")
    r = run("--db", db, "show", "Tokyo", "--limt", "3")
    check(r.returncode == 2 and "'--limt'" in r.stderr and "'--limit'" in r.stderr,
          f"an unknown option after the command is named with a suggestion ({r.stderr.strip()})")
    r = run("--db", db)
    check(r.returncode == 2, "no command: usage error")

    # `dkg help` skips --db FILE to find its topic.
    r = run("help", "--db", db, "show")
    check(r.returncode == 0 and "node's card" in r.stdout, f"help --db X show ({r.stderr.strip()})")

    # A transposed pair of letters is one slip: the suggestion comes.
    r = run("--db", db, "cohcairs")
    check(r.returncode == 2 and "'cochairs'" in r.stderr, f"cohcairs suggests cochairs ({r.stderr.strip()})")
    r = run("--db", db, "neighbors", "Tokyo", "--relations", "hedl_in")
    check(r.returncode == 2 and "'held_in'" in r.stderr, f"hedl_in suggests held_in ({r.stderr.strip()})")

    # A search of thousands of words is refused at once, with the limit.
    start = time.monotonic()
    r = run("--db", db, "search", " ".join(["talks"] * 2000))
    took = time.monotonic() - start
    check(r.returncode == 2 and "too long" in r.stderr and took < 5,
          f"2000-word search refused quickly ({took:.1f} s, {r.stderr.strip()[:200]})")

    # A 100 KB --name-like is a clear error, not SQLite's.
    r = run("--db", db, "nodes", "--name-like", "x" * 100000)
    check(r.returncode == 2 and "too long" in r.stderr and "LIKE" not in r.stderr,
          f"100 KB --name-like ({r.stderr.strip()[:200]})")

    # import --explain stores nothing and does not say "imported".
    other = os.path.join(tmp, "explain.db")
    r = run("--db", other, "import", "--explain", seed)
    check(r.returncode == 0 and "imported" not in r.stdout and "checked" in r.stdout,
          f"import --explain summary ({r.stdout.splitlines()[-1:]})")
    check(not os.path.exists(other), "import --explain creates no store")

    # '#-1' is no node, not a full-text search.
    r = run("--db", db, "show", "#-1")
    check(r.returncode == 1 and "no node #-1" in r.stderr, f"show '#-1' ({r.stderr.strip()})")

    # path --batch - reads pairs from standard input.
    r = run("--db", db, "path", "--batch", "-", "--format", "csv", stdin="Tokyo\tIndia\n")
    check(r.returncode == 0 and len(r.stdout.splitlines()) == 2, f"path --batch - ({r.stdout!r} {r.stderr.strip()})")

    # A pager that cannot run does not lose the answer.
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 5, 100, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "DKG_PAGER")}
    env["DKG_PAGER"] = "/nonexistent/pager"
    p = subprocess.Popen([dkg, "--db", db, "nodes"], stdout=slave, stderr=subprocess.PIPE,
                         stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    err = p.communicate()[1]
    os.close(master)
    check(p.returncode == 0 and b"Tokyo" in out, f"a failing pager loses nothing ({err!r})")

print("cli conventions:", "FAILED" if failures else "ok")
sys.exit(1 if failures else 0)
