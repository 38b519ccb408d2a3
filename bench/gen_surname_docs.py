#!/usr/bin/env python3
"""Writes N small press releases, each naming a different official who shares one surname with
all the others ("Kalomire Zed", "Tanusevo Zed", ...), for timing how text import resolves people
by surname (issue 14: it must not slow down as the namesakes accumulate). The text is our own.

    bench/gen_surname_docs.py OUT_DIR [--count 20000] [--surname Zed]
"""
import argparse
import os

SYLLABLES = ["ka", "lo", "mi", "re", "tu", "sa", "ne", "vo", "di", "pa",
             "fe", "gu", "ho", "ji", "ru", "be", "co", "ly", "wa", "zo"]
CITIES = ["Tokyo", "Paris", "Berlin", "Rome", "Madrid", "Lisbon", "Vienna", "Oslo"]
COUNTRIES = ["India", "Japan", "France", "Germany", "Italy", "Spain", "Brazil", "Canada"]


def given_name(n):
    """A distinct made-up given name for each n (four syllables: 160,000 of them)."""
    parts = []
    for _ in range(4):
        parts.append(SYLLABLES[n % len(SYLLABLES)])
        n //= len(SYLLABLES)
    return "".join(parts).capitalize()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--surname", default="Zed")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for n in range(a.count):
        city = CITIES[n % len(CITIES)]
        country = COUNTRIES[n % len(COUNTRIES)]
        day = 1 + n % 28
        month = 1 + (n // 28) % 12
        date = f"2025-{month:02d}-{day:02d}"
        text = (
            f"Note {n} on a working visit\n"
            f"{city}, {date}\n\n"
            f"Foreign Minister {given_name(n)} {a.surname} of {country} visited {city} on {date} "
            f"and held talks on trade and climate.\n"
            f"{a.surname} said the talks were useful.\n"
        )
        with open(os.path.join(a.out, f"doc-{n:05d}.txt"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
