# The REVIEW.md table: per file and class, lines added (+a) and optional -> required (c).
import sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import FILES
from decisions import D
c = collections.Counter((d[0], d[5], d[4]) for d in D)
print('| file | 1 parts | 2 pledge nouns | 3 tariff nouns | 4 meetings | 5 raid steps | added | optional -> required | made optional / removed |')
print('|---|---|---|---|---|---|---|---|---|')
tot = collections.Counter()
for f in FILES + ['all']:
    cells = []
    for k in range(1, 6):
        a = sum(c[(x, k, 'add')] for x in FILES) if f == 'all' else c[(f, k, 'add')]
        r = sum(c[(x, k, 'req')] for x in FILES) if f == 'all' else c[(f, k, 'req')]
        cells.append(('+%d/%d' % (a, r) if a else ('%d' % r if r else '')))
    A = sum(v for (x, k, act), v in c.items() if act == 'add' and (f == 'all' or x == f))
    R = sum(v for (x, k, act), v in c.items() if act == 'req' and (f == 'all' or x == f))
    print(f"| {f.replace('gold-', '')} | " + ' | '.join(cells) + f' | {A} | {R} | 0 |')
