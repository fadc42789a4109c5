# Apply decisions.py to corpus/holdout/gold-*.jsonl (from the committed originals, so it can be re-run).
import sys, os, json, subprocess, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from decisions import D
CLASSNAME = {1: 'part of a package with its own sum', 2: 'later mention of a pledge by its noun',
             3: 'tariff noun re-mentioning a tariff event', 4: 'later mention of a meeting with a party or place named',
             5: "a raid's narrated steps, detentions and later naming"}
def note_for(cls, why): return f"harmonised s23 ({cls}): {CLASSNAME[cls]}" + (f"; {why}" if why else '')
def original(name):
    return subprocess.run(['git', '-C', ROOT, 'show', f'HEAD:corpus/holdout/{name}.jsonl'], capture_output=True, text=True, check=True).stdout
stats = collections.Counter()
for name in FILES:
    raw = original(name).splitlines()
    rows = [json.loads(l) for l in raw]
    out = list(raw)
    adds = collections.defaultdict(list)
    for d in [d for d in D if d[0] == name]:
        _, doc, typ, quote, act, cls, why = d[:7]
        if act == 'req':
            hits = [i for i, r in enumerate(rows) if r.get('doc') == doc and r.get('type') == typ and r.get('quote') == quote]
            assert len(hits) == 1, (name, doc, quote, hits)
            r = rows[hits[0]]
            assert r['optional'] is True, ('not optional', name, doc, quote)
            r['optional'] = False
            n = note_for(cls, why)
            r['note'] = (r['note'] + '; ' + n) if r.get('note') else n
            out[hits[0]] = json.dumps(r, ensure_ascii=False)
            stats[(name, cls, 'changed')] += 1
        elif act == 'add':
            spec = d[7]
            t = [r for r in rows if r.get('doc') == doc and r.get('type') == typ and r.get('quote') == spec['template']]
            assert len(t) == 1, ('template', name, doc, spec['template'])
            assert not any(r.get('doc') == doc and r.get('quote') == quote for r in rows), ('dup', doc, quote)
            new = {}
            for k, v in t[0].items():
                if k in spec.get('drop', []): continue
                if k == 'quote': v = quote
                elif k == 'modality': v = spec['modality']
                elif k == 'optional': v = False
                elif k == 'note': v = note_for(cls, why)
                new[k] = v
            if 'note' not in new: new['note'] = note_for(cls, why)
            adds[doc].append(json.dumps(new, ensure_ascii=False))
            stats[(name, cls, 'added')] += 1
    last = {}
    for i, r in enumerate(rows): last[r.get('doc')] = i
    final = []
    for i, l in enumerate(out):
        final.append(l)
        for doc, al in adds.items():
            if last[doc] == i: final.extend(al)
    open(fpath(name), 'w').write('\n'.join(final) + '\n')

print(sum(stats.values()), 'lines', dict(collections.Counter(k[2] for k in stats.elements())))
