#!/usr/bin/env python3
"""Near-copies at import (issue 13): 2,000 variants of one made-up wire report (its date changed,
a paragraph moved, a line added, as wire services and republishers do) imported with build/dkg.
Prints the import rate (documents/s, wall clock of `dkg import DIR`), the copy groups found and
how many lines `dkg show` prints for the report's official. Not a test: timing depends on the
machine; the issue asks for one group and >= 500 documents/s.

usage: bench/near_copies.py [DKG_BINARY] [--docs N] [--keep DIR]
"""
import datetime
import json
import os
import resource
import random
import subprocess
import sys
import tempfile
import time

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# Our own report, written for this bench: no third-party text.
TITLE = "Norway and Chile hold third round of Ocean Partnership Dialogue"
PARAGRAPHS = [
    "Oslo [Norway], {month} {day} : Norway and Chile held the third round of their Ocean "
    "Partnership Dialogue in Oslo on {weekday}, the Norwegian foreign ministry said in a statement.",
    "The meeting was co-chaired by Norway's State Secretary, Ingrid Halvorsen, and Chile's "
    "Undersecretary for Foreign Affairs, Tomas Valdivia, with officials from fisheries, energy "
    "and shipping agencies of both countries.",
    "This dialogue was first announced during the Norway-Chile Joint Commission meeting in "
    "Santiago on March 14, 2023.",
    "The two sides reviewed cooperation on sustainable fisheries, offshore wind and the "
    "protection of marine ecosystems, and agreed to set up a working group on green shipping "
    "corridors between their ports.",
    "Both delegations underlined the importance of science-based management of ocean resources "
    "and welcomed new research partnerships between universities in Bergen and Valparaiso.",
    "The next round of the dialogue will be held in Santiago next year, the statement added.",
]
EXTRA_LINES = [
    "The statement was issued after the meeting ended in the afternoon.",
    "Officials described the talks as constructive and forward-looking.",
    "Industry representatives attended an associated business roundtable.",
    "A joint press briefing was held at the end of the day.",
]


def variant(i, rng):
    # Each copy has its own date (so no two are byte-identical, which import would skip).
    when = datetime.date(2020, 1, 1) + datetime.timedelta(days=i)
    month, day, year = MONTHS[when.month - 1], when.day, when.year
    weekday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][when.weekday()]
    paragraphs = [p.format(month=month, day=day, weekday=weekday) for p in PARAGRAPHS]
    if i % 3 == 1:  # a paragraph moved
        j = rng.randrange(1, len(paragraphs) - 1)
        paragraphs[j], paragraphs[j + 1] = paragraphs[j + 1], paragraphs[j]
    if i % 2 == 0:  # a line added
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), rng.choice(EXTRA_LINES))
    return f"{TITLE}\n{month[:3]} {day}, {year}\n" + "\n".join(paragraphs) + "\n"


def main():
    args = sys.argv[1:]
    dkg = os.path.abspath(args[0]) if args and not args[0].startswith("--") else os.path.abspath("build/dkg")
    docs = int(args[args.index("--docs") + 1]) if "--docs" in args else 2000
    keep = args[args.index("--keep") + 1] if "--keep" in args else None
    rng = random.Random(13)
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or os.path.join(tmp, "copies")
        os.makedirs(folder, exist_ok=True)
        for i in range(docs):
            with open(os.path.join(folder, f"report_{i:05d}.txt"), "w") as f:
                f.write(variant(i, rng))
        db = os.path.join(tmp, "copies.db")
        start = time.perf_counter()
        cpu_start = resource.getrusage(resource.RUSAGE_CHILDREN)
        r = subprocess.run([dkg, "--db", db, "import", "--quiet", folder], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        cpu_end = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (cpu_end.ru_utime - cpu_start.ru_utime) + (cpu_end.ru_stime - cpu_start.ru_stime)
        if r.returncode != 0:
            print(r.stderr)
            sys.exit(1)
        groups = json.loads(subprocess.run([dkg, "--db", db, "documents", "--copies", "--format", "json"],
                                           capture_output=True, text=True, check=True).stdout)
        show = subprocess.run([dkg, "--db", db, "show", "Ingrid Halvorsen"], capture_output=True,
                              text=True, check=True).stdout
        sentences = [l for l in show.splitlines() if l.startswith('      "')]
        print(f"{docs} documents imported in {seconds:.2f} s: {docs / seconds:.0f} documents/s "
              f"({cpu:.2f} s of CPU: {docs / cpu:.0f} documents per CPU second; on a loaded "
              f"machine the wall clock rate is the lower)")
        print(f"copy groups: {len(groups)}; sizes: {[1 + len(g['copies']) for g in groups]}")
        print(f"show 'Ingrid Halvorsen': {len(show.splitlines())} lines, {len(sentences)} evidence "
              f"lines, {len(set(sentences))} distinct")
        ok = len(groups) == 1 and 1 + len(groups[0]["copies"]) == docs and docs / seconds >= 500
        print("OK" if ok else "NOT MET")
        sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
