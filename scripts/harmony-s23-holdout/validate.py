# Every line parses; header lines and count unchanged against HEAD; every quote found in its article (whitespace-normalised),
# 4-12 words; only `optional` and `note` differ on changed lines; every changed or added line carries the s23 note.
import sys, os, json, subprocess, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
bad = 0
for name in FILES:
    pre = [json.loads(l) for l in subprocess.run(['git', '-C', ROOT, 'show', f'HEAD:corpus/holdout/{name}.jsonl'], capture_output=True, text=True, check=True).stdout.splitlines()]
    rows = [json.loads(l) for l in open(fpath(name))]
    hp = [r for r in pre if 'type' not in r]; hn = [r for r in rows if 'type' not in r]
    if hp != hn: print('headers differ', name); bad += 1
    for r in rows:
        if 'type' not in r: continue
        a = articles()[r['doc']]
        full = norm((a.get('title') or '') + ' \n ' + a['text'])
        if norm(r['quote']).lower() not in full.lower(): print('quote not found', name, r['doc'], r['quote']); bad += 1
    # changed / added
    pre_keyed = {}
    for r in pre:
        if 'type' in r: pre_keyed.setdefault((r['doc'], r['type'], r['quote']), r)
    ch = ad = 0
    for r in rows:
        if 'type' not in r: continue
        k = (r['doc'], r['type'], r['quote'])
        if k in pre_keyed:
            p = pre_keyed[k]
            if p != r:
                ch += 1
                if [x for x in p if x != 'note'] != [x for x in r if x != 'note'] or any(p[x] != r[x] for x in p if x not in ('optional', 'note')):
                    print('other field changed', name, k); bad += 1
                if not (p['optional'] and not r['optional'] and 'harmonised s23' in r.get('note', '')): print('bad change', name, k); bad += 1
        else:
            ad += 1
            n = len(r['quote'].split())
            a = articles()[r['doc']]; full = norm((a.get('title') or '') + ' \n ' + a['text'])
            if not 4 <= n <= 12: print('quote length', n, name, k); bad += 1
            if full.count(norm(r['quote'])) != 1: print('quote not unique', name, k); bad += 1
            if 'harmonised s23' not in r.get('note', '') or r['optional']: print('bad add', name, k); bad += 1
            if sent_of(r['doc'], r['quote']) is None: print('quote crosses splitter sentence', name, k)
    if len(rows) != len(pre) + ad: print('line count', name); bad += 1
    print(f'{name}: headers {len(hn)} lines {len(rows)} (was {len(pre)}) changed {ch} added {ad}')
print('problems', bad); sys.exit(1 if bad else 0)
