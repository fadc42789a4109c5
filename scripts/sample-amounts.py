#!/usr/bin/env python3
"""Draws the random sample of money and percentage mentions behind
corpus/gold/amounts-sample.jsonl, so that the sample can be redrawn.

Candidates are found WITHOUT the tool, by a deliberately loose pattern of its
own (a currency symbol or code before a figure, or a figure - digits or a
number word, optionally scaled - followed by a currency or percent word), so
the sample also contains the mentions the recogniser misses. Each candidate
is then read and annotated by hand in its sentence; candidates that turn out
not to be money or percentages (e.g. "5 marks" as school grades) are dropped
and the next sampled candidate is taken.

    scripts/sample-amounts.py [--n 360] [--seed 20250] > candidates.jsonl

Prints one JSON line per sampled candidate, in sampled order:
{"rank","doc","start","end","text","context"} with byte offsets into the
article text as `newsevents` reads it (title, blank line, body).
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FILES = ["reuters21578.jsonl", "bbc-news.jsonl"]

NUM = r"\d[\d,]*(?:\.\d+)?(?:-?\d+/\d+|/\d+)?"
WORDNUM = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"fifteen|twenty|thirty|forty|fifty|sixty|hundred|half a|a)")
SCALE = (r"(?:[\s-]*(?:mln|million|billion|bln|bn|mn|m|trillion|tn|trn|k|thousand|"
         r"crore|lakh)\b)?")
CUR = (r"(?:dlrs?|dollars?|stg|sterling|pounds|yen|marks|francs|guilders|lire|lira|"
       r"cts|cents?|pence|yuan|euros?|kronor|crowns|kroner|pesos|rupees|riyals|rand|won|"
       r"DM|ECUs?|ecus?|pesetas|schillings|escudos|drachmas|baht|ringgit|cruzados|"
       r"rupiah|dinars|shekels|zlotys)\b")
PCT = r"(?:%|pct\b|percent\b|per cent\b|percentage points?\b|basis points?\b)"
ISO = r"(?:USD|EUR|GBP|JPY|KRW|CNY|INR|CAD|AUD|HKD|CHF|DM|SFr|Rs\.?)"
ADJ = r"(?:(?:[A-Z][A-Za-z.]*)\s+){0,2}"

PATTERN = re.compile(
    r"(?:[A-Z]{1,3}\$|[$£€¥₩₹])\s?" + NUM + SCALE
    + r"|\b" + ISO + r"\s?" + NUM + SCALE
    + r"|(?<![\w.,/])(?:" + NUM + r"|\b" + WORDNUM + r"\b)" + SCALE + r"\s*(?:"
    + ADJ + CUR + r"|" + PCT + r")"
)


def articles():
    for name in FILES:
        with open(SHARED / name, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                text = a["text"]
                if a.get("title"):
                    text = a["title"] + "\n\n" + text
                yield a["id"], text


def context(text, s, e, words=6):
    before = text[:s].split()[-words:]
    after = text[e:].split()[:words]
    return " ".join(before + ["[" + " ".join(text[s:e].split()) + "]"] + after)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=360)
    ap.add_argument("--seed", type=int, default=20250)
    args = ap.parse_args()
    cands = []
    texts = {}
    for doc, text in articles():
        for m in PATTERN.finditer(text):
            cands.append((doc, m.start(), m.end()))
        texts[doc] = text
    rng = random.Random(args.seed)
    picked = rng.sample(cands, args.n)
    for rank, (doc, s, e) in enumerate(picked):
        text = texts[doc]
        bs = len(text[:s].encode("utf-8"))
        be = bs + len(text[s:e].encode("utf-8"))
        print(json.dumps({"rank": rank, "doc": doc, "start": bs, "end": be,
                          "text": text[s:e], "context": context(text, s, e)},
                         ensure_ascii=False))
    print(f"{len(cands)} candidates, {args.n} sampled (seed {args.seed})", file=sys.stderr)


if __name__ == "__main__":
    main()
