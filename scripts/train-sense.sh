#!/usr/bin/env bash
# Trains the sense model (src/sense/) on every development gold set that
# scripts/eval-dev.sh evaluates, plus the team's own articles, and writes
# data/model/sense.json; prints the cross-validated figures per set and type,
# the default threshold and the calibration table. Deterministic: the same
# gold and rules give the same file.
#
#   scripts/train-sense.sh            train and write data/model/sense.json
#   scripts/train-sense.sh --dry-run  print the figures only
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSEVENTS_SHARED:-../shared}
bin=${NEWSEVENTS_BIN:-target/release/newsevents}
[ -x "$bin" ] || cargo build --release --quiet

out=(--out data/model/sense.json)
extra=()
for a in "$@"; do
  case "$a" in
    --dry-run) out=() ;;
    *) extra+=("$a") ;;
  esac
done

gold=()
for g in corpus/gold/reuters-tariff-raid.jsonl corpus/gold/reuters-pledge-meeting.jsonl \
  corpus/gold/reuters-distractors.jsonl corpus/gold/bbc-dev.jsonl; do
  gold+=(--gold "wire=$g")
done
# The 60 event-dense Reuters articles annotated after the rules were tuned
# (blind): their own set, so its figures show text the rules never saw.
gold+=(--gold "wire2=corpus/gold/reuters-wire-2.jsonl")
for g in corpus/gold/modern-*.jsonl; do gold+=(--gold "modern=$g"); done
for g in corpus/gold/random-*.jsonl; do gold+=(--gold "random=$g"); done
for g in corpus/gold/seed.jsonl corpus/gold/synthetic.jsonl; do gold+=(--gold "team=$g"); done

# Per-type precision targets on the random set's fresh pool (the rules'
# candidates plus those their vetoes remove: a stand-in for text the rules
# were not tuned on, whose rules-alone precision, 0.52, is close to that of
# the held-out random gold); each type's threshold is the lowest that reaches
# its target, cross-validated. Meetings aim at 0.88 and pledges at 0.80:
# together they give micro precision about 0.85 on the fresh pool, the
# floor an unseen feed is judged by, and 0.95 on the shipped one. Pledges at
# 0.88 would keep a fifth of the real pledges for 0.01 more micro precision.
# Flags given to this script come after and win.
exec "$bin" train --quiet "${gold[@]}" "${out[@]}" --type-precision meeting=0.88 --type-precision pledge=0.80 "${extra[@]}" \
  "$shared/corpus/reuters21578.jsonl" "$shared/corpus/bbc-news.jsonl" \
  corpus/ corpus/modern/
