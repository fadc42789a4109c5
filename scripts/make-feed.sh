#!/usr/bin/env bash
# Writes corpus/feed.jsonl: the team's own articles (corpus/articles/*.txt)
# as JSON lines, one article per line, {"id", "title", "text"}: the id is the
# file name without .txt, the title its first line, the text the rest. The
# README's JSON-lines commands run on it; tests/readme.rs checks that it
# still matches the articles. (No date: the articles carry none.)
set -euo pipefail
cd "$(dirname "$0")/.."
for f in corpus/articles/*.txt; do
  jq -cRs --arg id "$(basename "$f" .txt)" \
    'split("\n") | {id: $id, title: .[0], text: (.[1:] | join("\n"))}' "$f"
done > corpus/feed.jsonl
