#!/usr/bin/env python3
"""Draws the random sample of extracted events behind
corpus/gold/audit-events.jsonl (precision audit, issue 3 item 4), so that the
sample can be redrawn. The judgements there are for the sample drawn (defaults
--n 40 --seed 2026) from the output of the binary at commit aa9d3d4 (output
identical at 24bcb7f): 133 events, all 13 raids. corpus/gold/audit-events-2.jsonl
holds the judgements for the same draw from the output at commit 22122e9.

    target/release/newsevents extract --stats /work/shared/corpus/reuters21578.jsonl > /tmp/audit-reuters.jsonl
    target/release/newsevents extract --stats /work/shared/corpus/bbc-news.jsonl > /tmp/audit-bbc.jsonl
    scripts/audit-sample.py /tmp/audit-reuters.jsonl /tmp/audit-bbc.jsonl [--n 40] [--seed 2026] > sample.jsonl

Pools the events of all given files (in file order, then line order), and for
each type in the fixed order pledge, tariff, raid, meeting draws --n events
without replacement with one random.Random(seed) (all of them if the type has
fewer). Prints the sample sorted by (type, doc, id) as JSON lines with only
doc, id, type, modality, rule, trigger, sentence, actors (role, country,
text), amount (value, currency) and rate.
"""
import argparse
import json
import random

TYPES = ["pledge", "tariff", "raid", "meeting"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", help="newsevents extract output (JSON lines)")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()

    pools = {t: [] for t in TYPES}
    for name in args.files:
        with open(name, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    e = json.loads(line)
                    pools.setdefault(e["type"], []).append(e)

    rng = random.Random(args.seed)
    sample = []
    for t in TYPES:
        pool = pools[t]
        sample.extend(pool if len(pool) <= args.n else rng.sample(pool, args.n))
    sample.sort(key=lambda e: (e["type"], e["doc"], e["id"]))

    for e in sample:
        amount = e.get("amount")
        out = {
            "doc": e["doc"],
            "id": e["id"],
            "type": e["type"],
            "modality": e.get("modality"),
            "rule": e.get("rule"),
            "trigger": (e.get("trigger") or {}).get("text"),
            "sentence": (e.get("sentence") or {}).get("text"),
            "actors": [{"role": a.get("role"), "country": a.get("country"), "text": a.get("text")}
                       for a in e.get("actors") or []],
            "amount": {"value": amount.get("value"), "currency": amount.get("currency")} if amount else None,
            "rate": e.get("rate"),
        }
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
