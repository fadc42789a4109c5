#!/usr/bin/env python3
"""Precision of the scale-audit sample (issue 3, item 4).

    scripts/audit-precision.py [corpus/gold/audit-events.jsonl]

Reads the hand judgements written for the sample drawn by
scripts/audit-sample.py and prints, per type and overall: the sample size n,
the number judged correct and the precision (correct / n); "strict", the
precision when correct events whose note starts with "borderline" are counted
as wrong; and, among the correct events, the modality accuracy and the role
(actor country per role) accuracy over those judged (null = not judged, e.g.
no actors listed), with the number judged in brackets.
"""
import json
import sys
from pathlib import Path

TYPES = ["pledge", "tariff", "raid", "meeting"]


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "    -"


def row(name, evs):
    n = len(evs)
    ok = [e for e in evs if e["correct"]]
    strict = [e for e in ok if not (e.get("note") or "").lower().startswith("borderline")]
    mod = [e["modality_ok"] for e in ok if e.get("modality_ok") is not None]
    rol = [e["roles_ok"] for e in ok if e.get("roles_ok") is not None]
    return (f"{name:<8} {n:>4} {len(ok):>7} {pct(len(ok), n):>9} {pct(len(strict), n):>8}"
            f"   {pct(sum(mod), len(mod))} ({len(mod):>3})   {pct(sum(rol), len(rol))} ({len(rol):>3})")


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(__file__).resolve().parent.parent / "corpus" / "gold" / "audit-events.jsonl"
    evs = [json.loads(l) for l in path.open(encoding="utf-8") if l.strip()]
    print(f"{'type':<8} {'n':>4} {'correct':>7} {'precision':>9} {'strict':>8}   {'modality_ok':<13}   {'roles_ok':<13}")
    types = TYPES + sorted({e["type"] for e in evs} - set(TYPES))
    for t in types:
        sel = [e for e in evs if e["type"] == t]
        if sel:
            print(row(t, sel))
    print(row("overall", evs))


if __name__ == "__main__":
    main()
