#!/usr/bin/env python3
"""Link precision and recall on the dev cases, from the tables run_eval.py kept (issue 18).

usage (repository root): python3 ../shared/eval/run_eval.py --keep KEEP ../shared/eval/dev/*
                         python3 src/test/scripts/link-score.py KEEP src/main/resources/org/newskg/link/wikidata-snapshot.jsonl.gz
Precision is over the links made to gold organizations and products; recall over the gold QIDs the snapshot holds.
"""
import json, sys, os, gzip, re
SHARED = os.environ.get("NEWSKG_SHARED", "../shared")
sys.path.insert(0, SHARED + "/eval")
import score
keep,snap=sys.argv[1],sys.argv[2]
S=set(json.loads(l)['id'] for l in gzip.open(snap,'rt'))
tp=npred=ng=ngs=tps=0; wrong=[]; missed=[]
for case in sorted(os.listdir(keep)):
    gold=json.load(open(f'{SHARED}/eval/dev/{case}/gold.json'))
    names=score.Names(gold)
    res={k:score.read(os.path.join(keep,case,k+'.csv')) for k in ('organizations','products')}
    golds={};out={}
    for cat in ('organizations','products'):
        for e in names.by_cat[cat]:
            if e.get('qid'): golds[score.norm(e['name'])]=e
        for r in res.get(cat) or []:
            q=re.search(r"Q[0-9]+", r.get("wikidata","") or "")
            if q:
                hit=names.find(r.get("name",""),cat)
                key=score.norm(names.by_cat[cat][hit[1]]["name"]) if hit else score.norm(r.get("name",""))
                out.setdefault(key,set()).add(q.group(0))
    for k,e in golds.items():
        ng+=1; ins=e['qid'] in S; ngs+=ins
        if k in out:
            npred+=1
            if e['qid'] in out[k]: tp+=1; tps+=ins
            else: wrong.append((case,k,e['qid'],sorted(out[k])))
        elif ins: missed.append((case,k,e['qid']))
print(f'links to gold entities {npred}, right {tp}: P={tp/max(npred,1):.3f}; gold QIDs {ng}, in snapshot {ngs}, found {tps}: R(snapshot)={tps/max(ngs,1):.3f}')
for w in wrong: print('WRONG',w)
for m in missed: print('MISSED',m)
