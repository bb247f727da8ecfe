#!/usr/bin/env python3
"""Writes entities-test.jsonl: the part of ../shared/wikidata/entities.jsonl that the unit tests need.

usage (from the repository root): python3 src/test/resources/wikidata/subset.py ../shared/wikidata/entities.jsonl

Kept: every item whose label or alias equals (ignoring case) a capitalized phrase of one to four words found in
the test sources, the test resources or the bundled example article, and every item whose QID the test sources
name. So every candidate a test's names can meet, the confusable ones included, is in the subset, and a test
that passes on it decides as it would on the whole table.
"""
import json, os, re, sys

ROOTS = ["src/test/java", "src/test/resources/articles", "src/test/resources/golden", "src/main/resources/examples"]
PHRASE = re.compile(r"\b[A-Z][\w&.'’-]*(?:[ -][A-Z][\w&.'’-]*){0,3}")
QID = re.compile(r'"(Q\d+)"')


def wanted():
    names, qids = set(), set()
    for root in ROOTS:
        for d, _, files in os.walk(root):
            for f in files:
                if not f.endswith((".java", ".txt", ".html")):
                    continue
                text = open(os.path.join(d, f), encoding="utf-8").read()
                qids.update(QID.findall(text))
                for m in PHRASE.finditer(text):
                    words = re.split(r"[ -]", m.group())
                    for i in range(len(words)):
                        for j in range(i + 1, min(len(words), i + 4) + 1):
                            names.add(" ".join(words[i:j]).strip(".,'’").lower())
    return names, qids


def main():
    names, qids = wanted()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "entities-test.jsonl")
    kept = 0
    with open(sys.argv[1], encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for line in src:
            o = json.loads(line)
            all_names = [o.get("label", "")] + list(o.get("aliases", []))
            if o.get("id") in qids or any(n.lower() in names for n in all_names if n):
                dst.write(line if line.endswith("\n") else line + "\n")
                kept += 1
    print(f"kept {kept} items in {out}")


if __name__ == "__main__":
    main()
