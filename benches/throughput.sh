#!/usr/bin/env bash
# Whole-process throughput of `newsevents`, measured against ripgrep on the
# same file in the same run, plus folder mode, startup and peak memory.
#
#   benches/throughput.sh            # needs ../shared/corpus beside the checkout
#   RUNS=9 MIN_MB=300 benches/throughput.sh
#
# 1. JSON lines: ../shared/corpus/*.jsonl repeated into a temp file of at
#    least MIN_MB (default 150) MB; `newsevents extract --jsonl < FILE`,
#    `rg -c -F -i -w -f TRIGGERS` (TRIGGERS: the tool's own trigger phrases,
#    from `newsevents rules list`) and the parse-and-scan floor
#    (benches/floor.rs: serde_json per line and the tool's trigger automaton,
#    one thread) on the same file, run alternately, medians of RUNS (default
#    5) runs each: wall time against rg, CPU time (user + sys) against the
#    floor (CPU, so a busy host moves it less), and `mentions` throughput.
# 2. Folder mode: the Reuters articles written out one file each.
# 3. Startup to first output: one JSON line holding one event.
# 4. Peak RSS (/usr/bin/time): a ~20 MB and a ~200 MB JSON-lines input.
#
# Everything is written under a temp dir that is removed at the end; the
# figures go to stdout. hyperfine, ripgrep and GNU time are installed with
# apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
MIN_MB=${MIN_MB:-150}
CORPUS=${CORPUS:-../shared/corpus}

need() { # command package
  if ! command -v "$1" >/dev/null; then
    apt-get update -qq && apt-get install -y -qq "$2" >/dev/null
  fi
}
need rg ripgrep
need hyperfine hyperfine
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
need python3 python3

cargo build --profile dist -q
cargo build --profile dist -q --example floor
BIN=$PWD/target/dist/newsevents
FLOOR=$PWD/target/dist/examples/floor
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

shopt -s nullglob
SOURCES=("$CORPUS"/*.jsonl)
[ ${#SOURCES[@]} -gt 0 ] || { echo "no $CORPUS/*.jsonl" >&2; exit 1; }

# --- the corpus ----------------------------------------------------------
BIG=$TMP/big.jsonl
: >"$BIG"
while [ "$(stat -c %s "$BIG")" -lt $((MIN_MB * 1000 * 1000)) ]; do
  cat "${SOURCES[@]}" >>"$BIG"
done
BYTES=$(stat -c %s "$BIG")
MB=$(python3 -c "print(round($BYTES/1e6, 1))")
"$BIN" rules list | cut -f3 | tr ',' '\n' | sed 's/^ *//; s/ *$//' | grep -v '^$' | sort -u >"$TMP/triggers.txt"
echo "corpus: $MB MB of JSON lines ($(wc -l <"$BIG") articles), $(wc -l <"$TMP/triggers.txt") trigger phrases, $(nproc) cores"
cat "$BIG" >/dev/null # warm the page cache

median() { # hyperfine json -> median seconds of command N
  python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['median'])" "$1" "$2"
}

# --- 1. JSON lines vs ripgrep ---------------------------------------------
# The two commands run alternately (tool, rg, tool, rg, ...) after one warm-up
# each, so both see the same machine: on a shared host the speed drifts by
# 10-20% over a minute, and two back-to-back blocks of runs measured that
# drift as much as the tool.
echo "$(rg --version | head -1)"
python3 - "$BYTES" "$RUNS" "$BIN" "$BIG" "$TMP/triggers.txt" "$FLOOR" <<'EOF'
import os, statistics, subprocess, sys, time
b, runs, binary, big, trig, floor = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
tool = [binary, "extract", "--jsonl"]
mentions = [binary, "mentions", "--jsonl"]
rg = ["rg", "-c", "-F", "-i", "-w", "-f", trig]
flo = [floor, big]
def run(cmd):
    """(wall seconds, CPU seconds user + sys) of one run."""
    with open(big, "rb") as stdin:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL)
        _, _, ru = os.wait4(p.pid, 0)
        return time.perf_counter() - t, ru.ru_utime + ru.ru_stime
for c in (tool, rg, flo, mentions):
    run(c)
rounds = [(run(tool), run(rg), run(flo), run(mentions)) for _ in range(runs)]
med = lambda i, k: statistics.median(r[i][k] for r in rounds)
t, tc, r, fc, m = med(0, 0), med(0, 1), med(1, 0), med(2, 1), med(3, 0)
ratios = sorted(x[0][0] / x[1][0] for x in rounds)
cpu = sorted(x[0][1] / x[2][1] for x in rounds)
print(f"jsonl  newsevents extract --jsonl : {t:7.3f} s  {b/1e6/t:7.1f} MB/s  CPU {tc:6.3f} s  (median of {runs}, alternating)")
print(f"jsonl  rg -c -F -i -w -f TRIGGERS    : {r:7.3f} s  {b/1e6/r:7.1f} MB/s")
print(f"jsonl  ratio newsevents / rg      : {t/r:7.2f} x  wall (per-round ratios {' '.join(f'{x:.2f}' for x in ratios)})")
print(f"jsonl  parse-and-scan floor       : CPU {fc:6.3f} s  {b/1e6/fc:7.1f} MB/s of CPU (benches/floor.rs)")
print(f"jsonl  CPU newsevents / floor     : {tc/fc:7.2f} x  (per-round ratios {' '.join(f'{x:.2f}' for x in cpu)})")
print(f"jsonl  newsevents mentions --jsonl: {m:7.3f} s  {b/1e6/m:7.1f} MB/s")
EOF

# --- 2. folder mode ---------------------------------------------------------
REUTERS=$CORPUS/reuters21578.jsonl
if [ -f "$REUTERS" ]; then
  python3 - "$REUTERS" "$TMP/folder" <<'EOF'
import json, os, re, sys
src, out = sys.argv[1], sys.argv[2]
n = 0
for line in open(src, encoding="utf-8"):
    line = line.strip()
    if not line:
        continue
    a = json.loads(line)
    text = a.get("text") or ""
    if a.get("title"):
        text = a["title"] + "\n\n" + text
    sub = os.path.join(out, f"{n // 1000:03d}")
    os.makedirs(sub, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9._-]", "_", str(a.get("id", n)))
    with open(os.path.join(sub, f"{n:05d}-{name}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    n += 1
EOF
  FILES=$(find "$TMP/folder" -name '*.txt' | wc -l)
  FBYTES=$(find "$TMP/folder" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  cat "$TMP"/folder/*/*.txt >/dev/null
  hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$TMP/folder.json" \
    --output pipe \
    "$BIN extract $TMP/folder" \
    "rg -c -F -i -w -f $TMP/triggers.txt $TMP/folder" >/dev/null
  python3 - "$FILES" "$FBYTES" "$(median "$TMP/folder.json" 0)" "$(median "$TMP/folder.json" 1)" <<'EOF'
import sys
n, b, t, r = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
print(f"folder newsevents extract DIR     : {t:7.3f} s  {b/1e6/t:7.1f} MB/s  {n/t:8.0f} files/s  ({n} files, {b/1e6:.1f} MB)")
print(f"folder rg -c -F -i -w -f TRIGGERS    : {r:7.3f} s  {b/1e6/r:7.1f} MB/s  {n/r:8.0f} files/s")
print(f"folder ratio newsevents / rg      : {t/r:7.2f} x")
EOF
fi

# --- 3. startup to first output --------------------------------------------
printf '%s\n' '{"id":"one","text":"Japan pledged 1.5 billion dlrs in aid to the Philippines, officials said."}' >"$TMP/one.jsonl"
[ "$("$BIN" extract --jsonl <"$TMP/one.jsonl" | wc -l)" -ge 1 ] || { echo "one-line input gives no event" >&2; exit 1; }
hyperfine --style none --warmup 3 --runs $((RUNS * 4)) --export-json "$TMP/start.json" \
  --output pipe "$BIN extract --jsonl < $TMP/one.jsonl" >/dev/null
python3 -c "import sys; print(f'startup to first output (one line, whole process): {float(sys.argv[1])*1000:6.1f} ms median of $((RUNS * 4)) (floor: < 20 ms)')" "$(median "$TMP/start.json" 0)"

# --- 4. peak memory -----------------------------------------------------------
head -c 20000000 "$BIG" | head -n -1 >"$TMP/m20.jsonl"
: >"$TMP/m200.jsonl"
while [ "$(stat -c %s "$TMP/m200.jsonl")" -lt 200000000 ]; do cat "$BIG" >>"$TMP/m200.jsonl"; done
head -c 200000000 "$TMP/m200.jsonl" | head -n -1 >"$TMP/m200b.jsonl"
rm "$TMP/m200.jsonl" "$BIG"
for f in m20 m200b; do
  rss=()
  for _ in $(seq "$RUNS"); do
    rss+=("$(/usr/bin/time -f '%M' "$BIN" extract --jsonl <"$TMP/$f.jsonl" 2>&1 >/dev/null | tail -1)")
  done
  python3 -c "import sys,statistics; v=sorted(map(int,sys.argv[2:])); print(f'peak RSS {sys.argv[1]:>6} MB input: median {statistics.median(v)/1024:5.1f} MiB (runs: {\" \".join(str(round(x/1024,1)) for x in v)})')" \
    "$(( $(stat -c %s "$TMP/$f.jsonl") / 1000000 ))" "${rss[@]}"
done
