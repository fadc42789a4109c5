import os
import sys, json, re, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
CLASSNAME = {1: 'part of a package with its own sum', 2: 'later mention of a pledge by its noun',
             3: 'tariff noun repeated', 4: 'later mention of a named meeting or visit', 5: "a raid's narrated steps and detentions"}
def note_for(cls, extra=''):
    return f"harmonised s22 ({cls}): {CLASSNAME[cls]}" + (f"; {extra}" if extra else '')
def fname(doc_set): return f"{ROOT}/corpus/gold/{doc_set}.jsonl"
def apply(decisions, dry=False):
    bysets = collections.defaultdict(list)
    for d in decisions: bysets[d['set']].append(d)
    stats = collections.Counter()
    for s, ds in bysets.items():
        f = fname(s)
        raw = open(f).read().splitlines()
        rows = [json.loads(l) for l in raw]
        out = list(raw)
        adds = collections.defaultdict(list)
        for d in ds:
            if d['act'] in ('req', 'opt'):
                hits = [i for i, r in enumerate(rows) if r.get('doc') == d['doc'] and r.get('quote') == d['quote'] and 'type' in r and (d.get('type') is None or r['type'] == d['type'])]
                assert len(hits) == 1, (s, d, hits)
                i = hits[0]; r = rows[i]
                want = d['act'] == 'opt'
                if r['optional'] == want and not d.get('set_fields'):
                    print('no-op', s, d['doc'], d['quote']); continue
                r['optional'] = want
                for k, v in (d.get('set_fields') or {}).items():
                    r[k] = v
                n = note_for(d['cls'], d.get('why', ''))
                r['note'] = (r['note'] + '; ' + n) if r.get('note') else n
                out[i] = json.dumps(r, ensure_ascii=False)
                stats[(s, d['cls'], 'changed')] += 1
            elif d['act'] == 'add':
                doc = d['doc']
                assert sent_of(doc, d['quote']) is not None, ('quote not found', d)
                assert 4 <= len(d['quote'].split()) <= 12, d['quote']
                assert not any(r.get('doc') == doc and r.get('quote') == d['quote'] for r in rows), ('dup', d)
                line = {'doc': doc, 'type': d['type'], 'quote': d['quote'], 'modality': d['mod']}
                for k in ('source', 'target', 'participant', 'amount', 'rate'):
                    if d.get(k) is not None: line[k] = d[k]
                line['when'] = d.get('when')
                line['optional'] = d.get('optional', False)
                line['note'] = note_for(d['cls'], d.get('why', ''))
                adds[doc].append(json.dumps(line, ensure_ascii=False))
                stats[(s, d['cls'], 'added')] += 1
        # insert adds after the last line of the doc
        final = []
        lastidx = {}
        for i, r in enumerate(rows): lastidx[r.get('doc')] = i
        for doc in adds: assert doc in lastidx, ('doc not in file', s, doc)
        for i, l in enumerate(out):
            final.append(l)
            for doc, al in adds.items():
                if lastidx[doc] == i: final.extend(al)
        if not dry:
            open(f, 'w').write('\n'.join(final) + '\n')
    return stats
