import os
import subprocess, json, re, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
diff = subprocess.run(['git', '-C', ROOT, 'diff', '-U0', 'c6c5d54', '--', 'corpus/gold/*.jsonl'], capture_output=True, text=True).stdout
cur = None
T = collections.Counter()
for l in diff.splitlines():
    if l.startswith('+++ '): cur = l.split('/')[-1][:-6]
    elif l.startswith('+{'):
        d = json.loads(l[1:])
        m = re.search(r'harmonised s22 \((\d)\)', d.get('note', ''))
        cls = m.group(1)
        kind = 'added' if d['note'].startswith('harmonised s22') and d['note'].count('harmonised') == 1 and not any(True for _ in []) else 'changed'
        T[(cur, cls, d['_kind'] if '_kind' in d else None)] += 0
        T[(cur, cls)] += 1
# added = lines whose only note is the s22 note and not present at base
base = {}
for f in gold_files():
    s = setname(f)
    old = subprocess.run(['git', '-C', ROOT, 'show', f'c6c5d54:corpus/gold/{s}.jsonl'], capture_output=True, text=True).stdout
    base[s] = set((json.loads(x).get('doc'), json.loads(x).get('quote')) for x in old.splitlines() if x.strip())
A = collections.Counter(); C = collections.Counter()
for f in gold_files():
    s = setname(f)
    for r in load(f):
        n = r.get('note', '')
        m = re.search(r'harmonised s22 \((\d)\)', n)
        if not m: continue
        if (r['doc'], r['quote']) in base[s]: C[(s, m.group(1))] += 1
        else: A[(s, m.group(1))] += 1
sets = sorted(set(k[0] for k in list(A) + list(C)), key=lambda s: (0 if s.startswith(('reuters', 'bbc')) else 1 if s.startswith('random') else 2, int(s.split('-')[1]) if s.startswith('modern') else 0, s))
print('| file | 1 parts | 2 pledge nouns | 3 tariff nouns | 4 meetings | 5 raid steps | added | changed |')
print('|---|---|---|---|---|---|---|---|')
tot = collections.Counter()
for s in sets:
    cells = []
    for c in '12345':
        a, ch = A[(s, c)], C[(s, c)]
        tot[('a', c)] += a; tot[('c', c)] += ch
        cells.append('' if not (a or ch) else (f'+{a}' if a else '') + ('/' if a and ch else '') + (f'{ch}' if ch else ''))
    sa = sum(A[(s, c)] for c in '12345'); sc = sum(C[(s, c)] for c in '12345')
    print(f'| {s} | ' + ' | '.join(cells) + f' | {sa} | {sc} |')
cells = [f"+{tot[('a',c)]}/{tot[('c',c)]}" for c in '12345']
print('| all | ' + ' | '.join(cells) + f" | {sum(tot[('a',c)] for c in '12345')} | {sum(tot[('c',c)] for c in '12345')} |")
# per set group
G = collections.Counter()
for (s, c), v in A.items(): G[('wire' if s.startswith(('reuters','bbc')) else 'random' if s.startswith('random') else 'modern', 'added')] += v
for (s, c), v in C.items(): G[('wire' if s.startswith(('reuters','bbc')) else 'random' if s.startswith('random') else 'modern', 'changed')] += v
print(dict(G))
