#!/usr/bin/env bash
# Accuracy of money and percentage mentions on the hand-annotated random
# sample corpus/gold/amounts-sample.jsonl (300 mentions from ../shared/corpus,
# drawn by scripts/sample-amounts.py, each annotated by reading its sentence).
#
#   scripts/eval-amounts.sh           print accuracy and list every error
#   scripts/eval-amounts.sh --check   ... and exit 1 below 98%
#
# A gold mention is exact when the release binary's `mentions` output has a
# money/percent mention overlapping it with the same kind, value, currency (or
# unit) and range maximum. Missed mentions count as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSEVENTS_SHARED:-../shared}
bin=target/release/newsevents
[ -x "$bin" ] || cargo build --release --quiet
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" mentions "$shared/corpus/reuters21578.jsonl" "$shared/corpus/bbc-news.jsonl" > "$out"
python3 - "$out" corpus/gold/amounts-sample.jsonl "${1:-}" <<'PY'
import json, sys
from collections import defaultdict
found_path, gold_path, mode = sys.argv[1], sys.argv[2], sys.argv[3]
gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
want = {g["doc"] for g in gold}
found = defaultdict(list)
with open(found_path, encoding="utf-8") as f:
    for line in f:
        m = json.loads(line)
        if m["doc"] in want and m["kind"] in ("money", "percent"):
            found[m["doc"]].append(m)

def same(a, b):
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))

errors = []
for g in gold:
    over = [m for m in found[g["doc"]] if m["start"] < g["end"] and m["end"] > g["start"]]
    if not over:
        errors.append((g, None))
        continue
    m = max(over, key=lambda m: min(m["end"], g["end"]) - max(m["start"], g["start"]))
    ok = (m["kind"] == g["kind"] and same(m["value"], g["value"]) and same(m["max"], g["max"])
          and m["currency"] == g["currency"] and m["unit"] == g["unit"])
    if not ok:
        errors.append((g, m))

def show(g):
    return f'{g["value"]:g} {g["currency"] or g["unit"]}' + (f' max {g["max"]:g}' if g["max"] is not None else "")

for g, m in errors:
    got = "MISSED" if m is None else f'{m["kind"]} {m["text"]!r} = {show(m)}'
    print(f'ERROR {g["doc"]}:{g["start"]} {g["text"]!r}: expected {g["kind"]} {show(g)}; got {got}')
    print(f'      context: {g["context"]}')
n = len(gold)
exact = n - len(errors)
acc = exact / n
kinds = defaultdict(lambda: [0, 0])
for g in gold:
    kinds[g["kind"]][1] += 1
for g, _ in errors:
    kinds[g["kind"]][0] += 1
detail = ", ".join(f"{k} {t - e}/{t}" for k, (e, t) in sorted(kinds.items()))
print(f"amounts sample: {exact}/{n} exact = {acc:.1%} ({detail})")
if mode == "--check" and acc < 0.98:
    sys.exit("below the 98% floor")
PY
