#!/usr/bin/env python3
"""Writes lang/en/titles/job-heads.txt: the head words of ESCO's occupation labels that name a person by the work
they do ("lawyer", "geologist", "underwriter"), for reading job titles in roles (a development tool; deterministic).

usage: python3 src/test/scripts/job-heads.py ../shared/corpora/training/lexicons/esco-occupations_en.csv \
           > src/main/resources/org/newskg/lang/en/titles/job-heads.txt

A head is the last word of a preferred or alternative label. It is kept when it is lower-case letters (a hyphen
allowed), not a plural, heads at least two labels, ends as agent nouns do (-er, -or, -ist, -ian, -eer, -man,
-woman, -person, -ant, -ent but not -ment, -ive, -ee, -ary, -ess, -ic, -ect) and is not listed in
titles/job-heads-excluded.txt (agent nouns that name companies as often as people, and words that only look like
agent nouns) or already in lexicon/titles.txt.
"""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PACK = os.path.join(HERE, "../../main/resources/org/newskg/lang/en")


def words(path):
    out = set()
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(line)
    return out


def main():
    heads = collections.Counter()
    for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
        for label in [row["preferredLabel"]] + row.get("altLabels", "").split("\n"):
            w = label.strip().lower().split()
            if w:
                heads[w[-1]] += 1
    agent = re.compile(r"[a-z][a-z-]*(er|or|ist|ian|eer|man|woman|person|ant|ent|ive|ee|ary|ess|ic|ect)")
    excluded = words(os.path.join(PACK, "titles/job-heads-excluded.txt"))
    titles = words(os.path.join(PACK, "lexicon/titles.txt"))
    keep = sorted(h for h, n in heads.items() if n >= 2 and agent.fullmatch(h) and not h.endswith("ment")
                  and h not in excluded and h not in titles)
    print("# Head words of job titles, from ESCO's occupations in English (European Commission, 2022 snapshot; reuse authorised")
    print("# with acknowledgement: Decision 2011/833/EU), made by src/test/scripts/job-heads.py; one a line, lower case.")
    print("# Read only in lower case, and only by the role reading: never to type a name.")
    for h in keep:
        print(h)


main()
