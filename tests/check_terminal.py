#!/usr/bin/env python3
"""Terminal output: stored text cannot drive the terminal (no control character reaches it from a
table or plain-text answer), tables fit the terminal's width, and answers taller than the screen
go through the pager on a terminal and never when standard output is not one.

usage: check_terminal.py DKG_BINARY MAKE_HOSTILE_STORE EXAMPLE_DIR
"""
import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import tempfile
import termios

dkg, maker, example = sys.argv[1], sys.argv[2], sys.argv[3]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def on_terminal(args, columns, rows, env_extra):
    """Runs dkg with standard output on a pseudo-terminal of the given size; returns its bytes."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    # No newline translation, so the bytes are what dkg wrote.
    attrs = termios.tcgetattr(slave)
    attrs[1] &= ~termios.OPOST
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "DKG_PAGER")}
    env.update(env_extra)
    p = subprocess.Popen([dkg, *args], stdout=slave, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                         env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    p.wait()
    os.close(master)
    return p.returncode, out


def control_bytes(data):
    """Control characters other than the newline, as C0 bytes or UTF-8 C1 (C2 80-9F)."""
    text = data.decode("utf-8", "replace")
    return [c for c in text if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F]


with tempfile.TemporaryDirectory() as tmp:
    hostile, names_file = os.path.join(tmp, "hostile.db"), os.path.join(tmp, "names.json")
    subprocess.run([maker, hostile, names_file], check=True)
    example_db = os.path.join(tmp, "example.db")
    subprocess.run([dkg, "--db", example_db, "import", example], check=True, capture_output=True)
    run = lambda db, *a: subprocess.run([dkg, "--db", db, *a], capture_output=True)

    # 1. No control character from stored text reaches the terminal, in any human-facing output.
    first = json.loads(run(hostile, "nodes", "--format", "json").stdout)[0]
    ref = f"#{first['id']}"
    for args in (["nodes"], ["neighbors", ref], ["show", ref], ["search", "escape"], ["search", "hostile"],
                 ["cochairs"], ["stats"], ["path", ref, f"#{first['id'] + 4}"]):
        r = run(hostile, *args)
        bad = control_bytes(r.stdout) + control_bytes(r.stderr)
        check(not bad, f"dkg {' '.join(args)}: control characters {sorted(set(bad))!r} reach the terminal")
    # Imported text and file names: import --explain and the per-file lines escape them too.
    doc = os.path.join(tmp, "bad\x1b[31mname.txt")
    with open(doc, "w", encoding="utf-8") as f:
        f.write("Talks \x1b]0;owned\x07in Tokyo\nMar 4, 2025\n"
                "Brazil and Kenya held talks in Nairobi.\x1b[2J The ministers met in Tokyo.\n")
    for args in (["import", "--explain", doc], ["import", doc], ["import", doc + ".missing"]):
        r = run(os.path.join(tmp, "imported.db"), *args)
        bad = control_bytes(r.stdout) + control_bytes(r.stderr)
        check(not bad and b"\\x1b" in r.stdout, f"dkg {args[0]} {args[1]}: control characters {sorted(set(bad))!r}")

    shown = run(hostile, "nodes").stdout.decode("utf-8")
    check("\\x1b[31mred" in shown, "an escape sequence is shown escaped, as \\x1b")
    # Machine formats carry the text unchanged (JSON escapes it; CSV quotes it).
    names = {n["name"] for n in json.loads(run(hostile, "nodes", "--format", "json").stdout)}
    check(names == set(json.load(open(names_file, encoding="utf-8"))), "JSON keeps names byte for byte")

    # 2. Tables fit the terminal: no line wider than it, long cells cut with a marker.
    code, out = on_terminal(["--db", hostile, "nodes"], 60, 200, {})
    lines = out.decode("utf-8").splitlines()
    check(code == 0 and len(lines) > 3, f"nodes on a 60-column terminal: exit {code}, {len(lines)} lines")
    check(all(len(line) <= 60 for line in lines), f"lines wider than 60 columns: {max(map(len, lines))}")
    check(any(line.endswith("\u2026") for line in lines), "a cut cell ends in …")
    # Not a terminal: nothing is cut (the 10 KB name arrives whole).
    check(any(len(line) > 10000 for line in shown.splitlines()), "a pipe gets whole lines")

    # 3. The pager: on a terminal when the answer is taller than the screen, as $DKG_PAGER says.
    paged = os.path.join(tmp, "paged.txt")
    pager = {"DKG_PAGER": f"cat > {paged}"}
    code, out = on_terminal(["--db", example_db, "neighbors", "Tokyo", "--depth", "3"], 100, 5, pager)
    check(code == 0 and os.path.exists(paged), "a tall answer on a terminal goes through the pager")
    check(os.path.exists(paged) and b"New Delhi" in open(paged, "rb").read(), "the pager receives the answer")
    check(b"New Delhi" not in out, "a paged answer is not also written to the terminal")
    os.remove(paged) if os.path.exists(paged) else None
    code, out = on_terminal(["--db", example_db, "stats"], 100, 200, pager)
    check(not os.path.exists(paged) and b"documents" in out, "an answer that fits the screen is not paged")
    r = subprocess.run([dkg, "--db", example_db, "neighbors", "Tokyo", "--depth", "3"], capture_output=True,
                       env={**os.environ, **pager})
    check(not os.path.exists(paged) and b"New Delhi" in r.stdout, "never paged when not a terminal")

print(f"{0 if failures else 1} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
