import os
import re,sys,json,collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from finders import *
files=gold_files()
G={setname(f):gold_by_doc(f) for f in files}
for cls in (2,4,5,1,3):
    typ=CLS[cls][0]
    res=run(cls, files)
    out=open(f'c{cls}r.txt','w')
    cnt=collections.Counter()
    for r in res:
        if r[3] not in ('none','opt'): continue
        lines=[l for l in G[r[0]][r[1]] if l['type']==typ]
        if not any(not l['optional'] for l in lines): continue
        grp='new' if re.match(r'modern-(1[4-9]|2\d|3\d)$', r[0]) else ('mod' if r[0].startswith('modern') else 'old')
        cnt[(grp,r[3])]+=1
        out.write(f"== {r[0]} {r[1]} s{r[2]} [{r[3]}] {r[4][:300]}\n")
        for l in r[5]: out.write('     G: '+json.dumps({k: l[k] for k in l if k not in ('doc','type','when')}, ensure_ascii=False)[:260]+'\n')
    print(cls, sorted(cnt.items()))
