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
# The event-dense Reuters articles annotated after the rules were tuned
# (blind; wire-2, wire-4, wire-5, wire-6, wire-7, wire-8 and wire-9: 60, 60,
# 50, 50, 50, 50 and 50 articles): their own set, so its figures show text
# the rules were not fitted to.
gold+=(--gold "wire2=corpus/gold/reuters-wire-2.jsonl" --gold "wire2=corpus/gold/reuters-wire-4.jsonl"
  --gold "wire2=corpus/gold/reuters-wire-5.jsonl" --gold "wire2=corpus/gold/reuters-wire-6.jsonl"
  --gold "wire2=corpus/gold/reuters-wire-7.jsonl" --gold "wire2=corpus/gold/reuters-wire-8.jsonl"
  --gold "wire2=corpus/gold/reuters-wire-9.jsonl")
for g in corpus/gold/modern-*.jsonl; do gold+=(--gold "modern=$g"); done
for g in corpus/gold/random-*.jsonl; do gold+=(--gold "random=$g"); done
for g in corpus/gold/seed.jsonl corpus/gold/synthetic.jsonl; do gold+=(--gold "team=$g"); done
# Every candidate the rules alone proposed (main at 8415500) in 258 of the
# 300 unannotated Reuters articles of the eighth session's precision audit,
# judged real, false or borderline by reading (/work/s8/audit-precision.md):
# more ordinary text to fit on, precision only (no recall: the articles are
# not annotated exhaustively). Ninth session: random fresh pool, left one
# set out, average precision 0.723 -> 0.739 (meetings 0.840 -> 0.855);
# 5-fold 0.736 -> 0.742 (mean of 4-10 folds). Its meetings and tariffs
# only: its pledges (audit-s8-pledge-verdicts.jsonl: 53 real, 87 false),
# fitted on too, left the pledges' ranking level (random AP 0.538 either
# way) but pushed their threshold up through the type floor, 0.73 -> 0.82
# on the rules of main at 984b790 (random 5-fold pledge recall 0.409 ->
# 0.253, micro F1 0.759 -> 0.719); without them 0.73 and 0.759.
gold+=(--audit "audit=corpus/gold/audit-s8-verdicts.jsonl")
# The eleventh session's audit (every rules candidate in 200 unannotated
# dev-list articles, 100 Reuters and 100 BBC, judged; optional ones left
# out), all its types, pledges too: twelfth session, random fresh, mean of
# 4-10 folds, P/R/F1 0.877/0.683/0.768 -> 0.883/0.690/0.774, thresholds
# cross-validated F1 0.757 -> 0.762, pledge recall at precision 0.85
# 0.437 -> 0.455. (The eighth session's pledges, added too, still lower
# it: 0.762, 0.412.)
gold+=(--audit "audit=corpus/gold/audit-s11-verdicts.jsonl")

# The thresholds (twenty-second session): meeting and pledge (the types the
# random set's fresh pool holds 20 or more right candidates of) each take
# the best F1 on the random set's fresh pool, averaged over 3 steps of 0.01
# either side (--smooth 3), among the thresholds with cross-validated
# precision >= 0.90 on the shipped rules' candidates (--target-precision:
# what eval counts) and >= 0.85 on the fresh pool (--fresh-floor: the
# pessimistic stand-in for unseen text, the judges' precision floor); the
# shipped threshold is the median of that choice on every fold's complement
# of 5 fold splits (--threshold-repeats 5: seeds 0-4, 25 picks from 25
# fits). Same rules and gold, moved by another fold split, 4 or 6 folds or
# one rule's candidates left out: meeting 0.60-0.69 before, 0.50-0.55 now.
# Micro F1 the same (random shipped, thresholds cross-validated too, 0.807
# -> 0.808; meeting R 0.783 -> 0.800, pledge 0.569 -> 0.554). Giving
# --micro-precision brings back the earlier joint choice described below.
#
# Until then: meeting and pledge (the types the random set holds 20 or
# more candidates of) are chosen together, the pair with the best
# cross-validated micro F1 on the random set's fresh pool (the rules'
# candidates plus those their vetoes remove: a stand-in for text the rules
# were not tuned on) at micro precision >= 0.88 there, each type keeping
# precision >= 0.80 on its own (--type-floor). Tariff and raid (too few on
# the random set) keep precision >= 0.90 on all sets. A micro target rather
# than one per type keeps the pledges a per-type target throws away (their
# wrong candidates are few beside the meetings' right ones); the floor
# stops one type's many right candidates from carrying another's wrong ones
# (without it, eighth session, pledges at 0.82 on that pool, 0.69 left out).
# Thirteenth session: the floor was 0.85 and the target 0.87, set when
# unseen text ran 0.08 below this pool's precision. It no longer does: on
# unseen ordinary feeds the model kept precision 0.93-0.96 but recall
# 0.42-0.63, the pledges' floor holding their threshold at 0.80, where
# most true pledges fall (random fresh, out of fold: 90% of the shipped
# rules' pledges are right, at mean confidence 0.67). The fresh pool
# counts every vetoed candidate as a wrong event the feed would show, so
# its pledge precision is the pessimistic one. With floor 0.80 and target
# 0.88, random fresh 5-fold P/R/F1 0.895/0.668/0.765 -> 0.881/0.720/0.792
# (mean of 4, 5, 6, 8, 10 folds 0.883/0.696/0.778 -> 0.883/0.721/0.794),
# thresholds cross-validated too 0.769 -> 0.785, left one set out
# 0.871/0.656/0.748 -> 0.861/0.718/0.783; wire fresh F1 0.825 -> 0.845,
# wire2 0.828 -> 0.832, modern 0.885 -> 0.896 (pledge 0.79 -> 0.61,
# meeting 0.60 -> 0.63). Floors 0.70-0.80 pick the same pair; target 0.87
# with floor 0.80 gives F1 0.799 at precision 0.871, below the 0.88 wanted.
# Flags given to this script come after and win.
exec "$bin" train --quiet "${gold[@]}" "${out[@]}" --target-precision 0.90 --fresh-floor 0.85 --smooth 3 --threshold-repeats 5 "${extra[@]}" \
  "$shared/corpus/reuters21578.jsonl" "$shared/corpus/bbc-news.jsonl" \
  corpus/ corpus/modern/
