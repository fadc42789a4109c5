import os
import sys, re, json, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
sel = sys.argv[1]; typ = sys.argv[2]
cnt = collections.Counter()
for f in gold_files():
    s = setname(f)
    if not re.search(sel, s): continue
    rows = [r for r in load(f) if 'type' in r]
    byd = collections.defaultdict(list)
    for r in rows: byd[r['doc']].append(r)
    for doc, ls in byd.items():
        tl = [l for l in ls if l['type'] == typ]
        if not any(not l['optional'] for l in tl): continue
        for l in tl:
            if l['optional'] and re.search(r're-?mention|anaphor|descriptive|passing|back-?ref|refers back|same (meeting|talks|visit|raid|loan|package)', l.get('note', ''), re.I):
                cnt[s] += 1
                i = sent_of(doc, l['quote'])
                sent = sentences(doc)[i] if i is not None else '?'
                print(f"== {s} {doc} | {l['quote']} | {l.get('participant', l.get('source'))} | {l.get('note','')[:50]}\n     S: {sent[:300]}")
print(dict(cnt), file=sys.stderr)
