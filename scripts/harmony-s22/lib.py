import json, glob, re, os
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SH = os.environ.get('NEWSEVENTS_SHARED', '/work/shared') + '/corpus'
def norm(s): return re.sub(r'\s+', ' ', s).strip()

_arts = None
def articles():
    global _arts
    if _arts is None:
        _arts = {}
        files = [SH + '/reuters21578.jsonl', SH + '/bbc-news.jsonl'] + glob.glob(ROOT + '/corpus/modern/articles-*.jsonl')
        for f in files:
            for l in open(f):
                d = json.loads(l)
                _arts[d['id']] = d
    return _arts

ABBR = r'(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Corp|Inc|Co|Ltd|No|Gov|Sen|Rep|Gen|Lt|Col|Pres|Prof|Jr|Sr|vs|etc|S\.A|N\.V|E\.U|a\.m|p\.m)'
def sentences(doc):
    a = articles()[doc]
    out = [norm(a.get('title') or '')]
    text = a['text']
    paras = re.split(r'\n\s*\n|\n(?=\s{2,})|\n(?=[•\-\*] )', text)
    for p in paras:
        p = norm(p)
        if not p: continue
        # split at . ! ? followed by space and capital/quote/digit
        parts = re.split(r'(?<=[.!?])["”’]?\s+(?=["“‘(]?[A-Z0-9])', p)
        buf = ''
        for s in parts:
            buf = (buf + ' ' + s).strip() if buf else s
            if re.search(r'\b' + ABBR + r'\.$', buf) or re.search(r'\b[A-Z]\.$', buf):
                continue
            out.append(buf); buf = ''
        if buf: out.append(buf)
    return [s for s in out if s]

GOLDSETS = None
def gold_files():
    fs = []
    for f in sorted(glob.glob(ROOT + '/corpus/gold/*.jsonl')):
        n = os.path.basename(f)
        if re.match(r'(modern-\d+|random-[a-z]|reuters-.*|bbc-dev)\.jsonl$', n): fs.append(f)
    return fs

def load(f):
    rows = []
    for l in open(f):
        rows.append(json.loads(l))
    return rows

def sent_of(doc, quote):
    q = norm(quote)
    for i, s in enumerate(sentences(doc)):
        if q in s: return i
    return None

def setname(f):
    n = os.path.basename(f)
    return n[:-6]
