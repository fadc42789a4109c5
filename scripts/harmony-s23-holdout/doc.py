# Print an article's sentences with the gold lines on each: python3 doc.py FILE DOC [TYPE]
import sys, os, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
name, doc = sys.argv[1], sys.argv[2]; typ = sys.argv[3] if len(sys.argv) > 3 else None
g = [d for d in load(name) if d.get('doc') == doc and 'type' in d]
cov = {}
for d in g: cov.setdefault(sent_of(doc, d['quote']), []).append(d)
for i, s in enumerate(sentences(doc)):
    print(f's{i}: {s}')
    for d in cov.get(i, []):
        if typ and d['type'] != typ: continue
        print(f"    [{d['type'][:4]} {'OPT' if d['optional'] else 'REQ'}] {d['quote']} | {d.get('modality')} {[d.get(k) for k in ('source','target','participant') if k in d]} amt={d.get('amount')} when={d.get('when')}")
