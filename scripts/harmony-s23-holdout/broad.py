# Broader type-word scan (no determiner needed): sentences with no gold line of the type, in articles that have a required line of the type.
import sys, os, re, json, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from finders import *
P = {'pledge': r'\b(loans?|aid|credits?|package|pledges?|funding|grants?|facility|financing|investments?|commitments?|assistance|money|funds?|tranches?)\b',
     'meeting': r'\b(talks|visits?|visited|meetings?|met|summit|call|trip|negotiations?|session|tour|dialogue)\b',
     'tariff': r'\b(tariffs?|levy|levies|dut(y|ies)|surcharges?)\b',
     'raid': r'\b(seiz\w*|detain\w*|arrest\w*|search\w*|raid\w*|confiscat\w*|found|recovered)\b'}
for name in FILES:
    for doc, lines in gold_by_doc(name).items():
        ss = sentences(doc)
        for typ, pat in P.items():
            tl = [l for l in lines if l['type'] == typ]
            if not any(not l['optional'] for l in tl): continue
            cov = {sent_of(doc, l['quote']) for l in tl}
            for i, s in enumerate(ss):
                if i in cov: continue
                if re.search(pat, s, re.I): print(f'{name} {doc} {typ} s{i}: {s[:300]}')
