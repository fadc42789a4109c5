# Every optional line with its sentence; marks whether the article has a required line of the type.
import sys, os, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from finders import *
for name in FILES:
    G = gold_by_doc(name)
    for doc, lines in G.items():
        for l in lines:
            if not l['optional']: continue
            req = any(not x['optional'] for x in lines if x['type'] == l['type'])
            i = sent_of(doc, l['quote']); s = sentences(doc)[i] if i is not None else '??'
            roles = {k: l[k] for k in ('source', 'target', 'participant') if k in l}
            print(f"-- {name} {doc} {l['type'][:4]} s{i} {'REQ-IN-DOC' if req else 'no-req'} {roles} N:{l.get('note','')}\n   Q:{l['quote']}\n   S:{s[:400]}")
