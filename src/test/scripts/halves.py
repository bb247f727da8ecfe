#!/usr/bin/env python3
"""Mean F1 per table of each half of the dev split, from run_eval.py's printed table (a development tool).

usage: python3 ../shared/eval/run_eval.py ../shared/eval/dev/* | python3 src/test/scripts/halves.py
"""
import os, sys

split = {}
for line in open(os.path.join(os.path.dirname(__file__), "../resources/eval/dev-split.tsv"), encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        half, case = line.split()
        split[case] = half
header, rows = None, {}
for line in sys.stdin:
    cells = line.split()
    if cells and cells[0] == "case":
        header = cells[1:]
    elif cells and cells[0] in split and "ERROR" not in cells:
        rows[cells[0]] = [float(c) for c in cells[1:]]
print(f"{'half':10s} " + " ".join(f"{h:>6s}" for h in header))
for half in ("tuning", "checking"):
    cases = [c for c, h in split.items() if h == half]
    means = [sum(rows.get(c, [0.0] * len(header))[i] for c in cases) / len(cases) for i in range(len(header))]
    print(f"{half:10s} " + " ".join(f"{m:6.3f}" for m in means))
