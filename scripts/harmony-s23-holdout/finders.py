# Candidates per class over the held-out gold (regexes of scripts/harmony-s22/finders.py), in articles with a gold line of the type.
import sys, re, json, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
SUM = r'(\$|€|£|¥|\b(dlrs|dollars|stg|euros?|yen|yuan|rupees?|crore|lakh|bn|billion|mln|million|trillion|pounds|francs|marks|riyals?|won)\b)'
CLS = {
 1: ('pledge', r'\bof which\b|\btranches?\b|\binstal?l?ments?\b|\bportion\b|\bthe rest\b|\bremaining\b|\bbalance\b|\bfirst (part|phase|batch)\b|\bincludes?\b|\bincluding\b|\bconsists?\b|\bcomprises?\b|\bmade up of\b|\bsplit\b|\bbroken down\b'),
 2: ('pledge', r'\b(the|this|that|these|those|such|its|their)\s+((new|proposed|planned|promised|pledged|emergency|bridging|additional|fresh|total)\s+)?(loans?|aid|credits?|package|pledges?|funding|grants?|facility|financing|investments?|commitments?|assistance|money|funds?)\b'),
 3: ('tariff', r'\b(the|these|those|such|this|that)\s+([\w\-]+\s+){0,2}(tariffs?|levy|levies|dut(y|ies)|surcharges?|countermeasures|sanctions)\b'),
 4: ('meeting', r'\b(the|this|that|these|his|her|their)\s+([\w\-\']+\s+){0,2}(talks|visits?|meetings?|summit|call|trip|negotiations|consultations|session|tour)\b'),
 5: ('raid', r'\b(seiz\w*|detain\w*|arrest\w*|search\w*|raid\w*|confiscat\w*|impound\w*|took away|carted|carried out|haul|recovered|found|turned up|questioned)\b'),
}
def gold_by_doc(name):
    byd = collections.defaultdict(list)
    for d in load(name):
        if 'type' in d: byd[d['doc']].append(d)
    return byd
def show(l): return json.dumps({k: l[k] for k in l if k not in ('doc', 'type')}, ensure_ascii=False)[:300]
if __name__ == '__main__':
    for name in FILES:
        G = gold_by_doc(name)
        for cls in (1, 2, 3, 4, 5):
            typ, pat = CLS[cls]
            for doc, lines in G.items():
                tl = [l for l in lines if l['type'] == typ]
                if not tl: continue
                req = any(not l['optional'] for l in tl)
                cover = collections.defaultdict(list)
                for l in tl: cover[sent_of(doc, l['quote'])].append(l)
                for i, s in enumerate(sentences(doc)):
                    if not re.search(pat, s, re.I): continue
                    if cls == 1 and not re.search(SUM, s, re.I): continue
                    ls = cover.get(i, [])
                    st = 'none' if not ls else ('opt' if all(l['optional'] for l in ls) else 'req')
                    if st == 'req': continue
                    print(f"== C{cls} {name} {doc} s{i} [{st}]{'' if req else ' (no req line of type)'} {s}")
                    for l in ls: print('     G:', show(l))
