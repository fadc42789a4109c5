import os
import sys, importlib, collections, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from apply import apply
dry = '--dry' in sys.argv
mods = [m for m in sys.argv[1:] if not m.startswith('--')]
allD = []
for m in mods: allD += importlib.import_module(m).D
# no line changed twice
keys = collections.Counter((d['set'], d['doc'], d['quote'], d['act']) for d in allD)
assert all(v == 1 for v in keys.values()), [k for k, v in keys.items() if v > 1]
st = apply(allD, dry=dry)
json.dump({'|'.join(map(str, k)): v for k, v in st.items()}, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stats.json'), 'w'), indent=0)
print('applied' if not dry else 'dry', sum(st.values()))
