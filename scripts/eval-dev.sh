#!/usr/bin/env bash
# Evaluates the release binary on the team's three development gold sets
# (corpus/gold/, annotated by reading, before looking at tool output, by
# ../shared/ANNOTATION.md):
#
#   wire     1987 Reuters and 2004-05 BBC articles chosen for their event
#            words (event-dense): reuters-*.jsonl (reuters-wire-8.jsonl and
#            reuters-wire-9.jsonl: 50 more each, blind, seventeenth
#            session; reuters-wire-7.jsonl: 50
#            more, blind, sixteenth session; reuters-wire-6.jsonl: 50
#            more, blind, fifteenth session; reuters-wire-5.jsonl: 50
#            more, blind, ninth session; reuters-wire-4.jsonl: 60
#            more, blind, eighth session; reuters-wire-2.jsonl: 60
#            more, blind, sixth session), bbc-dev.jsonl
#   modern   articles the team wrote from real 2024-2026 reporting:
#            modern-*.jsonl over corpus/modern/articles-*.jsonl
#   random   Reuters and BBC articles drawn at random (ordinary feed, most
#            with no event): random-*.jsonl (random-a..d from
#            random-dev-ids.txt; random-e to random-h, seventeenth session,
#            random-l to random-n, eighteenth, random-o and random-p,
#            twenty-first, random-q, twenty-second, random-r and random-s,
#            twenty-third, random-t and random-u, twenty-fourth, random-v and
#            random-w, twenty-fifth, random-x and random-y, twenty-sixth, drawn the
#            same way from the articles outside both dev lists)
#
#   scripts/eval-dev.sh [SET ...]             print the tables (all sets by default)
#   scripts/eval-dev.sh --verbose [SET ...]   ... with every miss, false positive, wrong argument
#   scripts/eval-dev.sh --json SET            one set's figures as JSON
#   scripts/eval-dev.sh --check               fail if a set's micro F1 is more than 0.02
#                                             below its line in corpus/gold/BASELINE
#   scripts/eval-dev.sh --candidates [SET ...]  every candidate the rules propose
#                                             (--min-confidence 0: the rules alone)
#
# The sense model (data/model/sense.json) is trained on these same sets, so
# with it the figures are in-sample; its honest, cross-validated figures come
# from scripts/train-sense.sh --dry-run.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSEVENTS_SHARED:-../shared}
bin=${NEWSEVENTS_BIN:-target/release/newsevents}
[ -x "$bin" ] || cargo build --release --quiet

# The gold files and inputs of one set, as arguments for `newsevents eval`.
set_args() {
  case "$1" in
    wire)
      printf '%s\n' --gold corpus/gold/reuters-tariff-raid.jsonl \
        --gold corpus/gold/reuters-pledge-meeting.jsonl \
        --gold corpus/gold/reuters-distractors.jsonl --gold corpus/gold/bbc-dev.jsonl \
        --gold corpus/gold/reuters-wire-2.jsonl --gold corpus/gold/reuters-wire-4.jsonl \
        --gold corpus/gold/reuters-wire-5.jsonl --gold corpus/gold/reuters-wire-6.jsonl \
        --gold corpus/gold/reuters-wire-7.jsonl --gold corpus/gold/reuters-wire-8.jsonl \
        --gold corpus/gold/reuters-wire-9.jsonl \
        "$shared/corpus/reuters21578.jsonl" "$shared/corpus/bbc-news.jsonl" ;;
    modern)
      for g in corpus/gold/modern-*.jsonl; do printf '%s\n' --gold "$g"; done
      printf '%s\n' corpus/modern/ ;;
    random)
      for g in corpus/gold/random-*.jsonl; do printf '%s\n' --gold "$g"; done
      printf '%s\n' "$shared/corpus/reuters21578.jsonl" "$shared/corpus/bbc-news.jsonl" ;;
    *) echo "eval-dev.sh: unknown set '$1' (wire, modern, random)" >&2; exit 1 ;;
  esac
}

verbose=()
min=()
mode=table
sets=()
for a in "$@"; do
  case "$a" in
    --verbose) verbose=(--verbose) ;;
    --check) mode=check ;;
    --json) mode=json ;;
    --candidates) min=(--min-confidence 0) ;;
    *) sets+=("$a") ;;
  esac
done
[ ${#sets[@]} -gt 0 ] || sets=(wire modern random)

status=0
for s in "${sets[@]}"; do
  mapfile -t args < <(set_args "$s")
  case "$mode" in
    json) "$bin" eval "${min[@]}" --json "${args[@]}" ;;
    table)
      echo "== $s"
      "$bin" eval "${min[@]}" "${verbose[@]}" "${args[@]}"
      echo ;;
    check)
      json=$("$bin" eval "${min[@]}" --json "${args[@]}")
      echo "== $s"
      "$bin" eval "${args[@]}"
      base=$(awk -v s="$s" '$1 == s { print $2 }' corpus/gold/BASELINE)
      printf '%s' "$json" | python3 -c '
import json, sys
s, base = sys.argv[1], float(sys.argv[2])
f1 = json.load(sys.stdin)["micro"]["f1"]
print(f"{s}: micro F1 {f1:.4f}, baseline {base:.4f}")
if f1 < base - 0.02:
    sys.exit(f"{s}: micro F1 dropped more than 0.02 below its baseline in corpus/gold/BASELINE")
' "$s" "${base:?no baseline for $s in corpus/gold/BASELINE}" || status=1
      echo ;;
  esac
done
exit $status
