# Held-out gold harmonisation, session 23 (adapted from scripts/harmony-s22/lib.py). Nothing here runs newsevents.
import json, glob, re, os
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
H = ROOT + '/corpus/holdout'
SH = os.environ.get('NEWSEVENTS_SHARED', '/work/shared') + '/corpus'
FILES = ['gold-modern', 'gold-modern-2', 'gold-modern-3', 'gold-modern-4', 'gold-modern-5', 'gold-modern-6',
         'gold-random', 'gold-random-2', 'gold-random-3', 'gold-wire']
def norm(s): return re.sub(r'\s+', ' ', s).strip()
_arts = None
def articles():
    global _arts
    if _arts is None:
        _arts = {}
        files = [SH + '/reuters21578.jsonl', SH + '/bbc-news.jsonl'] + sorted(glob.glob(H + '/modern-holdout*.jsonl'))
        for f in files:
            for l in open(f):
                d = json.loads(l)
                _arts[d['id']] = d
    return _arts
ABBR = r'(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Corp|Inc|Co|Ltd|No|Gov|Sen|Rep|Gen|Lt|Col|Pres|Prof|Jr|Sr|vs|etc|S\.A|N\.V|E\.U|a\.m|p\.m)'
_sc = {}
def sentences(doc):
    if doc in _sc: return _sc[doc]
    a = articles()[doc]
    out = [norm(a.get('title') or '')]
    paras = re.split(r'\n\s*\n|\n(?=\s{2,})|\n(?=[•\-\*] )', a['text'])
    for p in paras:
        p = norm(p)
        if not p: continue
        parts = re.split(r'(?<=[.!?])["”’]?\s+(?=["“‘(]?[A-Z0-9])', p)
        buf = ''
        for s in parts:
            buf = (buf + ' ' + s).strip() if buf else s
            if re.search(r'\b' + ABBR + r'\.$', buf) or re.search(r'\b[A-Z]\.$', buf): continue
            out.append(buf); buf = ''
        if buf: out.append(buf)
    _sc[doc] = [s for s in out if s]
    return _sc[doc]
def fpath(name): return f'{H}/{name}.jsonl'
def load(name): return [json.loads(l) for l in open(fpath(name))]
def sent_of(doc, quote):
    q = norm(quote)
    for i, s in enumerate(sentences(doc)):
        if q in s: return i
    for i, s in enumerate(sentences(doc)):  # quotes copied with different case ("U.S. Not")
        if q.lower() in s.lower(): return i
    return None
