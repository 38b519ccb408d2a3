#!/usr/bin/env python3
"""Writes COUNT small documents of one shape, our own text: a joint commission session between two
of ten countries, held in a capital, where two foreign ministers (a name numbered per document)
meet. Used by bench/import_growth.sh to compare import into an empty store with import into a
large one. usage: gen_meeting_docs.py OUT_DIR --start N --count M"""
import argparse
import os
import random

COUNTRIES = ["Peru", "Chile", "Brazil", "Kenya", "Ghana", "Norway", "Japan", "Canada", "Egypt", "India"]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--count", type=int, default=6000)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rnd = random.Random(args.start)
    for i in range(args.start, args.start + args.count):
        a, b = rnd.sample(COUNTRIES, 2)
        day = "June %d, 2025" % (1 + i % 28)
        with open(os.path.join(args.out, "d%d.txt" % i), "w") as f:
            f.write(f"{a} and {b} hold trade talks\n{day}\n\n"
                    f"The {a}-{b} Joint Commission on Trade Session {i} was held in Lima on {day}. "
                    f"Foreign Minister Ana Perez{i} of {a} met Foreign Minister Luis Soto{i} of {b} "
                    f"in Lima on {day}.\n")

if __name__ == "__main__":
    main()
