import os
import sys, json, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
bad = 0
for f in gold_files():
    for n, l in enumerate(open(f), 1):
        d = json.loads(l)
        if 'type' not in d: continue
        if d['doc'] not in articles(): print('nodoc', f, n); bad += 1; continue
        a = articles()[d['doc']]
        full = norm((a.get('title') or '') + ' \n ' + a['text'])
        if norm(d['quote']).lower() not in full.lower(): print('quote not found', f, n, d['quote']); bad += 1
        if not isinstance(d.get('optional'), bool): print('optional', f, n); bad += 1
# header lines untouched: compare with main
diff = subprocess.run(['git', '-C', ROOT, 'diff', '-U0', 'c6c5d54', '--', 'corpus/gold/*.jsonl'], capture_output=True, text=True).stdout
for l in diff.splitlines():
    if l.startswith('-{') or l.startswith('+{'):
        d = json.loads(l[1:])
        if 'type' not in d: print('header changed', l[:120]); bad += 1
        elif l.startswith('+{') and 'harmonised s22' not in d.get('note', ''): print('changed w/o note', l[:150]); bad += 1
print('check: problems', bad)
sys.exit(1 if bad else 0)
