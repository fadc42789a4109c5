#!/usr/bin/env bash
# Prints the ids of the shared corpora's development lists that anyone may
# read tool output on, annotate or audit: reuters-dev-ids.txt and
# random-dev-ids.txt minus every article of the held-out gold
# (corpus/holdout/), which was drawn from the same lists. An article with no
# development gold line is not thereby free to read: it may be held out.
#
#   scripts/audit-ids.sh            every allowed id, one per line, sorted
#   scripts/audit-ids.sh --count    how many are allowed and how many held out
#
# It reads only the ids of the held-out files (their "doc" and "id" keys),
# never prints their text.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${NEWSEVENTS_SHARED:-../shared}
lists=("$shared/corpus/reuters-dev-ids.txt" "$shared/corpus/random-dev-ids.txt")
for f in "${lists[@]}"; do
  [ -r "$f" ] || { echo "audit-ids.sh: cannot read $f; set NEWSEVENTS_SHARED to the shared folder" >&2; exit 2; }
done
held=$(mktemp)
trap 'rm -f "$held"' EXIT
grep -ohE '"(doc|id)": *"[^"]+"' corpus/holdout/*.jsonl | sed -E 's/.*: *"([^"]+)"/\1/' | sort -u > "$held"
# The lists hold one id per line, reuters-dev-ids.txt with a comment line
# and tab-separated columns after the id: only the first column is the id.
ids() { cat "${lists[@]}" | tr -d '\r' | grep -v '^#' | cut -f1 | grep -v '^$' | sort -u; }
allowed=$(ids | grep -vxFf "$held" || true)
if [ "${1:-}" = "--count" ]; then
  total=$(ids | wc -l)
  n=$(printf '%s\n' "$allowed" | grep -c . || true)
  echo "$n of $total development-list ids may be read; $((total - n)) are held out"
else
  printf '%s\n' "$allowed"
fi
