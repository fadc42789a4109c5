#!/usr/bin/env bash
# Evaluates the release binary on the development gold set (Reuters-21578 and
# BBC articles annotated by the team, corpus/gold/) read from ../shared/corpus.
#
#   scripts/eval-dev.sh             print the table
#   scripts/eval-dev.sh --verbose   ... with every miss, false positive, wrong argument
#   scripts/eval-dev.sh --check     fail if micro F1 is more than 0.02 below corpus/gold/BASELINE
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSEVENTS_SHARED:-../shared}
bin=${NEWSEVENTS_BIN:-target/release/newsevents}
[ -x "$bin" ] || cargo build --release --quiet
gold=(--gold corpus/gold/reuters-tariff-raid.jsonl --gold corpus/gold/reuters-pledge-meeting.jsonl
      --gold corpus/gold/reuters-distractors.jsonl --gold corpus/gold/bbc-dev.jsonl)
inputs=("$shared/corpus/reuters21578.jsonl" "$shared/corpus/bbc-news.jsonl")
if [ "${1:-}" = "--check" ]; then
  json=$("$bin" eval --json "${gold[@]}" "${inputs[@]}")
  "$bin" eval "${gold[@]}" "${inputs[@]}"
  f1=$(printf '%s' "$json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["micro"]["f1"])')
  base=$(grep -v '^#' corpus/gold/BASELINE | head -1)
  python3 - "$f1" "$base" <<'PY'
import sys
f1, base = float(sys.argv[1]), float(sys.argv[2])
print(f"dev micro F1 {f1:.4f}, baseline {base:.4f}")
if f1 < base - 0.02:
    sys.exit(f"micro F1 dropped more than 0.02 below the baseline in corpus/gold/BASELINE")
PY
else
  "$bin" eval "$@" "${gold[@]}" "${inputs[@]}"
fi
