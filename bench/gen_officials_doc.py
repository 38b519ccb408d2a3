#!/usr/bin/env python3
"""Writes one press release naming N distinct officials, each with a title and a country
("Foreign Minister Ana Souza of Brazil met ..."), then mentioning some again by surname, for
timing how extraction resolves officials within one document (it must grow about linearly with N,
not with its square). The text and the names are our own, built from syllables.

    bench/gen_officials_doc.py N > doc.txt
"""
import sys

GIVEN = ["Ana", "Bruno", "Carla", "Diego", "Elena", "Farid", "Greta", "Hiro", "Irina", "Jonas",
         "Karin", "Luis", "Marta", "Nikos", "Olga", "Pavel", "Rosa", "Sven", "Tomas", "Yara"]
SYLLABLES = ["ka", "lo", "mi", "re", "tu", "sa", "ne", "vo", "di", "pa",
             "fe", "gu", "ho", "ji", "ru", "be", "co", "ly", "wa", "zo"]
TITLES = ["Foreign Minister", "Defence Minister", "Trade Minister", "Prime Minister",
          "Foreign Secretary", "Ambassador"]
COUNTRIES = ["India", "Japan", "France", "Germany", "Italy", "Spain", "Brazil", "Canada"]


def surname(n):
    """A distinct made-up surname for each n (three syllables and an ending: 8,000 of them)."""
    parts = []
    for _ in range(3):
        parts.append(SYLLABLES[n % len(SYLLABLES)])
        n //= len(SYLLABLES)
    return "".join(parts).capitalize() + "ni"


def main():
    n = int(sys.argv[1])
    print(f"Officials of many countries meet in Geneva\nMarch 3, 2025\n")
    for k in range(n):
        a, b = k, (k * 7 + 3) % n
        print(f"{TITLES[k % len(TITLES)]} {GIVEN[k % len(GIVEN)]} {surname(a)} of "
              f"{COUNTRIES[k % len(COUNTRIES)]} met {GIVEN[b % len(GIVEN)]} {surname(b)} in Geneva "
              f"on Monday.")
        if k % 5 == 4:
            print(f"{surname(k - 2)} said the talks were useful.")


if __name__ == "__main__":
    main()
