import os
import sys, re, json, collections
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
def gold_by_doc(f):
    byd = collections.defaultdict(list)
    for d in load(f):
        if 'type' in d: byd[d['doc']].append(d)
    return byd
def run(cls, files):
    typ, pat = CLS[cls]
    out = []
    for f in files:
        for doc, lines in gold_by_doc(f).items():
            tl = [l for l in lines if l['type'] == typ]
            if not tl: continue
            if cls == 1 and not any(not l['optional'] for l in tl): pass
            sents = sentences(doc)
            cover = collections.defaultdict(list)
            for l in tl:
                i = sent_of(doc, l['quote'])
                cover[i].append(l)
            for i, s in enumerate(sents):
                if not re.search(pat, s, re.I): continue
                if cls == 1 and not re.search(SUM, s, re.I): continue
                ls = cover.get(i, [])
                status = 'none' if not ls else ('opt' if all(l['optional'] for l in ls) else 'req')
                out.append((setname(f), doc, i, status, s, ls))
    return out
if __name__ == '__main__':
    cls = int(sys.argv[1]); sel = sys.argv[2] if len(sys.argv) > 2 else ''
    files = [f for f in gold_files() if re.search(sel, setname(f))]
    res = run(cls, files)
    st = collections.Counter((('new' if re.match(r'modern-(1[4-9]|2\d|3\d)$', r[0]) else 'old'), r[3]) for r in res)
    print(dict(st), file=sys.stderr)
    show = sys.argv[3].split(',') if len(sys.argv) > 3 else ['none', 'opt']
    for r in res:
        if r[3] in show:
            print(f"== {r[0]} {r[1]} s{r[2]} [{r[3]}] {r[4]}")
            for l in r[5]: print('     G:', json.dumps({k: l[k] for k in l if k not in ('doc','type')}, ensure_ascii=False)[:300])
