#!/usr/bin/env bash
# Instructions executed (valgrind callgrind, "I refs"): a figure a busy
# shared host does not move, for comparing two builds of the tool.
#
#   benches/instructions.sh [BIN] [SUBCOMMAND]
#     BIN         default target/release/newsevents
#     SUBCOMMAND  extract (default) or mentions
#
# Prints the instructions of `BIN SUBCOMMAND -q -j 1 --jsonl` on a sample
# (the first 3 MB of Reuters and the first 1 MB of BBC News, whole lines)
# and on a one-line input (start-up); their difference is the per-article
# work. valgrind is installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/newsevents}
CMD=${2:-extract}
CORPUS=${CORPUS:-../shared/corpus}
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
head -c 3000000 "$CORPUS/reuters21578.jsonl" | head -n -1 >"$TMP/sample.jsonl"
head -c 1000000 "$CORPUS/bbc-news.jsonl" | head -n -1 >>"$TMP/sample.jsonl"
printf '%s\n' '{"id":"one","text":"Japan pledged 1.5 billion dlrs in aid to the Philippines, officials said."}' >"$TMP/one.jsonl"
ir() { # input -> instructions
  valgrind --tool=callgrind --callgrind-out-file="$TMP/cg.out" "$BIN" "$CMD" -q -j 1 --jsonl <"$1" 2>&1 >/dev/null |
    grep -o 'refs: *[0-9,]*' | tr -d ', ' | cut -d: -f2
}
sample=$(ir "$TMP/sample.jsonl")
start=$(ir "$TMP/one.jsonl")
echo "$CMD sample (4 MB): $sample instructions; start-up (one line): $start; per-article part: $((sample - start))"
