#!/usr/bin/env bash
# Evaluates the release binary on the held-out gold (corpus/holdout/): the
# check that a session's changes generalise. Not for tuning: see
# corpus/holdout/README.md.   scripts/eval-holdout.sh [--json] [modern|modern2|...|modern6|random|random2|random3|wire]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSEVENTS_SHARED:-../shared}
bin=${NEWSEVENTS_BIN:-target/release/newsevents}
[ -x "$bin" ] || cargo build --release --quiet
json=()
[ "${1:-}" = "--json" ] && { json=(--json); shift; }
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=(modern modern2 modern3 modern4 modern5 modern6 random random2 random3 wire)
for s in "${sets[@]}"; do
  case "$s" in
    modern) [ ${#json[@]} -gt 0 ] || echo "== holdout modern"
      "$bin" eval "${json[@]}" --gold corpus/holdout/gold-modern.jsonl corpus/holdout/modern-holdout.jsonl ;;
    modern2) [ ${#json[@]} -gt 0 ] || echo "== holdout modern2"
      "$bin" eval "${json[@]}" --gold corpus/holdout/gold-modern-2.jsonl corpus/holdout/modern-holdout-2.jsonl ;;
    modern3) [ ${#json[@]} -gt 0 ] || echo "== holdout modern3"
      "$bin" eval "${json[@]}" --gold corpus/holdout/gold-modern-3.jsonl corpus/holdout/modern-holdout-3.jsonl ;;
    modern4) [ ${#json[@]} -gt 0 ] || echo "== holdout modern4"
      "$bin" eval "${json[@]}" --gold corpus/holdout/gold-modern-4.jsonl corpus/holdout/modern-holdout-4.jsonl ;;
    modern5) [ ${#json[@]} -gt 0 ] || echo "== holdout modern5"
      "$bin" eval "${json[@]}" --gold corpus/holdout/gold-modern-5.jsonl corpus/holdout/modern-holdout-5.jsonl ;;
    modern6) [ ${#json[@]} -gt 0 ] || echo "== holdout modern6"
      "$bin" eval "${json[@]}" --gold corpus/holdout/gold-modern-6.jsonl corpus/holdout/modern-holdout-6.jsonl ;;
    random) [ ${#json[@]} -gt 0 ] || echo "== holdout random"
      "$bin" eval "${json[@]}" --gold corpus/holdout/gold-random.jsonl \
        "$shared/corpus/reuters21578.jsonl" "$shared/corpus/bbc-news.jsonl" ;;
    random2) [ ${#json[@]} -gt 0 ] || echo "== holdout random2"
      "$bin" eval "${json[@]}" --gold corpus/holdout/gold-random-2.jsonl \
        "$shared/corpus/reuters21578.jsonl" "$shared/corpus/bbc-news.jsonl" ;;
    random3) [ ${#json[@]} -gt 0 ] || echo "== holdout random3"
      "$bin" eval "${json[@]}" --gold corpus/holdout/gold-random-3.jsonl \
        "$shared/corpus/reuters21578.jsonl" "$shared/corpus/bbc-news.jsonl" ;;
    wire) [ ${#json[@]} -gt 0 ] || echo "== holdout wire"
      "$bin" eval "${json[@]}" --gold corpus/holdout/gold-wire.jsonl "$shared/corpus/reuters21578.jsonl" ;;
    *) echo "eval-holdout.sh: unknown set '$s' (modern, modern2, modern3, modern4, modern5, modern6, random, random2, random3, wire)" >&2; exit 1 ;;
  esac
done
