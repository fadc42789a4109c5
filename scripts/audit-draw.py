#!/usr/bin/env python3
"""Draws a uniform random sample of extracted events for a precision audit
as a user of an ordinary feed sees it (eighteenth session,
corpus/gold/audit-s18-verdicts.jsonl): events of `extract` at its default
thresholds over both shared corpora, in articles no gold, held-out or audit
file of the repository names, N drawn with random.Random(SEED).

    target/release/newsevents extract ../shared/corpus/reuters21578.jsonl ../shared/corpus/bbc-news.jsonl > /tmp/out.jsonl
    scripts/audit-draw.py /tmp/out.jsonl 150 1818 [IGNORE ...] > sample.jsonl

IGNORE names gold files whose articles still count as unannotated: the
eighteenth session's sample is redrawn from its binary's output (1b5ab45)
with `audit-s18-verdicts.jsonl` ignored, since that file now names the
articles it judged.

Prints the sample sorted by (doc, id) without the confidence, so that the
judges see what a user sees and not how sure the model was. Judgements go
in a file of {"doc","id","type","trigger","correct","modality_ok",
"roles_ok","note"} lines, read by scripts/audit-precision.py.
"""
import glob
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def annotated_docs(ignore):
    seen = set()
    pats = ["corpus/gold/*.jsonl", "corpus/gold/second/*.jsonl", "corpus/holdout/**/*.jsonl"]
    for pat in pats:
        for f in glob.glob(str(ROOT / pat), recursive=True):
            if Path(f).name in ignore:
                continue
            for line in open(f, encoding="utf-8"):
                try:
                    d = json.loads(line)
                except ValueError:
                    continue
                if isinstance(d, dict) and "doc" in d:
                    seen.add(d["doc"])
    for f in glob.glob(str(ROOT / "corpus/gold/*.txt")):
        for line in open(f, encoding="utf-8"):
            if line.strip():
                seen.add(line.split()[0])
    return seen


def main():
    out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    seen = annotated_docs(set(sys.argv[4:]))
    events = [json.loads(l) for l in open(out, encoding="utf-8") if l.strip()]
    pool = [e for e in events if e["doc"] not in seen]
    print(f"{len(events)} events, {len(pool)} in unannotated articles", file=sys.stderr)
    rng = random.Random(seed)
    for e in sorted(rng.sample(pool, n), key=lambda e: (e["doc"], e["id"])):
        amount = e["amount"] and {"value": e["amount"]["value"], "currency": e["amount"]["currency"]}
        print(json.dumps({
            "doc": e["doc"], "id": e["id"], "type": e["type"], "modality": e["modality"],
            "trigger": e["trigger"]["text"], "sentence": e["sentence"]["text"],
            "actors": [{"role": a["role"], "text": a["text"], "country": a["country"]} for a in e["actors"]],
            "amount": amount, "rate": e["rate"] and e["rate"]["value"],
        }, ensure_ascii=False))


if __name__ == "__main__":
    main()
