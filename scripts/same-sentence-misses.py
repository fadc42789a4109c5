#!/usr/bin/env python3
"""Misses whose gold sentence already holds a predicted event of the same type.

    scripts/same-sentence-misses.py [--show] [SET ...]     (wire, modern, random)

Runs the release binary with --min-confidence 0 (the rules alone) over each
development set, aligns gold to predictions as `newsevents eval` does (same
type, the predicted sentence holds the gold quote, a trigger inside the quote
preferred) and counts the required gold lines left unmatched in a sentence
that has a predicted event of their type: the second event of a sentence
folded into the first or never proposed (issue #14). With
NEWSEVENTS_BIN_NOMERGE set to a binary built with `merge_same_type` skipped,
each is classed `folded` (that binary proposes more events of the type in the
sentence) or `never-proposed`. --show prints each with its sentence and the
predictions there (trigger, rule, amount, rate, actors).
"""
import collections, glob, json, os, subprocess, sys

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SHARED = os.environ.get("NEWSEVENTS_SHARED", "../shared")
BIN = os.environ.get("NEWSEVENTS_BIN", "target/release/newsevents")
NOMERGE = os.environ.get("NEWSEVENTS_BIN_NOMERGE")
WIRE = ["reuters-tariff-raid", "reuters-pledge-meeting", "reuters-distractors", "bbc-dev"] + [
    f"reuters-wire-{i}" for i in (2, 4, 5, 6, 7, 8, 9)
]
SHARED_INPUTS = [f"{SHARED}/corpus/reuters21578.jsonl", f"{SHARED}/corpus/bbc-news.jsonl"]
SETS = {
    "wire": ([f"corpus/gold/{g}.jsonl" for g in WIRE], SHARED_INPUTS),
    "modern": (sorted(glob.glob("corpus/gold/modern-*.jsonl")), ["corpus/modern/"]),
    "random": (sorted(glob.glob("corpus/gold/random-*.jsonl")), SHARED_INPUTS),
}


def fold(s):
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return " ".join(s.split()).lower()


def extract(binary, inputs):
    out = subprocess.run(
        [binary, "extract", "-q", "--min-confidence", "0", *inputs],
        capture_output=True, text=True, check=False,
    ).stdout
    preds = collections.defaultdict(list)
    for line in out.splitlines():
        p = json.loads(line)
        preds[p["doc"]].append(p)
    return preds


def gold_of(files):
    g = collections.defaultdict(list)
    for f in files:
        for line in open(f, encoding="utf-8"):
            x = json.loads(line) if line.strip() else {}
            if "type" in x:
                g[x["doc"]].append(x)
    return g


def align(golds, preds):
    used, res = [False] * len(preds), []
    sents = [fold(p["sentence"]["text"]) for p in preds]
    for g in golds:
        q, best, key = fold(g["quote"]), None, -1
        for i, p in enumerate(preds):
            if used[i] or p["type"] != g["type"] or q not in sents[i]:
                continue
            k = int(fold(p["trigger"]["text"]) in q)
            if k > key:
                best, key = i, k
        if best is not None:
            used[best] = True
        res.append(best)
    return res


def brief(p):
    fig = lambda k: (p.get(k) or {}).get("value")
    actors = [(a["role"][0], a.get("country")) for a in p["actors"]]
    return f'{p["trigger"]["text"]!r} {p["rule"]} amount={fig("amount")} rate={fig("rate")} {actors}'


def main(argv):
    show = "--show" in argv
    names = [a for a in argv if not a.startswith("--")] or list(SETS)
    for name in names:
        gold_files, inputs = SETS[name]
        gold, preds = gold_of(gold_files), extract(BIN, inputs)
        nomerge = extract(NOMERGE, inputs) if NOMERGE else None
        rows = []
        for doc, golds in gold.items():
            ps = preds.get(doc, [])
            for g, a in zip(golds, align(golds, ps)):
                if a is not None or g.get("optional"):
                    continue
                q = fold(g["quote"])
                here = lambda p: p["type"] == g["type"] and q in fold(p["sentence"]["text"])
                same = [p for p in ps if here(p)]
                if not same:
                    continue
                cls = "same-sentence"
                if nomerge is not None:
                    more = [p for p in nomerge.get(doc, []) if here(p)]
                    cls = "folded" if len(more) > len(same) else "never-proposed"
                rows.append((cls, doc, g, same))
        by = collections.Counter((r[0], r[2]["type"]) for r in rows)
        print(f"== {name}: {len(rows)} misses in a sentence with a predicted event of their type")
        for (cls, ty), n in sorted(by.items()):
            print(f"   {cls:15} {ty:8} {n}")
        if show:
            for cls, doc, g, same in rows:
                print(f'-- {cls} {doc} {g["type"]} quote={g["quote"]!r} rate={g.get("rate")} amount={g.get("amount")}')
                print("   sentence:", " ".join(same[0]["sentence"]["text"].split()))
                for p in same:
                    print("   predicted:", brief(p))


if __name__ == "__main__":
    main(sys.argv[1:])
