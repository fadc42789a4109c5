#!/usr/bin/env bash
# Articles per second: the plain binary against the Spark job in local mode,
# same input, same machine, runs interleaved.
#
#   examples/spark/throughput.sh [COPIES [RUNS]]
#
# The input is ../shared/corpus/reuters21578.jsonl repeated COPIES times
# (default 1; more copies spread Spark's fixed start-up cost). Needs the
# venv made by examples/spark/test.sh. Prints one line per run.
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-1}
runs=${2:-3}
shared=${NEWSEVENTS_SHARED:-../shared}
venv=${NEWSEVENTS_SPARK_VENV:-target/spark-venv}
export PATH="$(realpath "$venv")/bin:$PATH" SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp target/release/newsevents "$tmp/newsevents"
for _ in $(seq "$copies"); do cat "$shared/corpus/reuters21578.jsonl"; done > "$tmp/in.jsonl"
n=$(wc -l < "$tmp/in.jsonl")
echo "input: $n articles; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
now() { date +%s.%N; }
for r in $(seq "$runs"); do
  s=$(now); "$tmp/newsevents" extract --jsonl < "$tmp/in.jsonl" > /dev/null; e=$(now)
  awk -v s="$s" -v e="$e" -v n="$n" -v r="$r" \
    'BEGIN { printf "run %d  plain binary (-j %d)      %6.2f s  %6.0f articles/s\n", r, '"$(nproc)"', e - s, n / (e - s) }'
  for parts in 2 8; do
    rm -rf "$tmp/out"
    s=$(now)
    line=$(spark-submit --master 'local[2]' --conf spark.ui.enabled=false \
      --conf spark.ui.showConsoleProgress=false examples/spark/extract_events.py \
      --binary "$tmp/newsevents" --partitions "$parts" --output "$tmp/out" "$tmp/in.jsonl" 2>/dev/null)
    e=$(now)
    job=$(printf '%s' "$line" | sed -n 's/.* \([0-9.]*\) s, .*/\1/p')
    awk -v s="$s" -v e="$e" -v n="$n" -v r="$r" -v p="$parts" -v j="$job" \
      'BEGIN { printf "run %d  spark local[2], %d parts  %6.2f s  %6.0f articles/s (job alone %.1f s, %.0f articles/s)\n", r, p, e - s, n / (e - s), j, n / j }'
  done
done
