"""The README's loader recipes (section "Fitting the shell"), run on real
output: pandas keeps `cameo` codes as strings ("042", not 42.0), and DuckDB
types a field that is null on every line of the file when told its type.

Usage: python tests/loaders_check.py target/release/newsevents corpus/feed.jsonl
(needs the duckdb and pandas packages; .ci/run installs them in target/ci-venv).
"""
import json
import os
import subprocess
import sys
import tempfile

import duckdb
import pandas as pd

binary, feed = sys.argv[1], sys.argv[2]
with open(feed, "rb") as f:
    out = subprocess.run([binary, "extract", "--jsonl"], stdin=f, capture_output=True, check=True)
lines = out.stdout.decode().splitlines()
events = [json.loads(l) for l in lines]
assert any(e["cameo"] and e["cameo"].startswith("0") for e in events), "no code with a leading 0"

with tempfile.TemporaryDirectory() as d:
    # A file where `count` is null on every line: the events without one.
    path = os.path.join(d, "events.jsonl")
    with open(path, "w") as f:
        for l, e in zip(lines, events):
            if e["count"] is None:
                f.write(l + "\n")
    os.chdir(d)

    plain = pd.read_json("events.jsonl", lines=True)
    unasked = plain["cameo"].dtype
    ev = pd.read_json("events.jsonl", lines=True, dtype={"cameo": "string", "plover": "string"})
    want = [e["cameo"] for e in events if e["count"] is None]
    got = [None if pd.isna(c) else c for c in ev["cameo"]]
    assert got == want, (got[:5], want[:5])

    untyped = duckdb.sql("SELECT typeof(count) FROM read_json('events.jsonl') LIMIT 1").fetchall()[0][0]
    rows = duckdb.sql("""SELECT doc, type, cameo, count.value AS detained
FROM read_json('events.jsonl', columns = {doc: 'VARCHAR', type: 'VARCHAR', cameo: 'VARCHAR',
  count: 'STRUCT(text VARCHAR, value DOUBLE, "of" VARCHAR, "start" BIGINT, "end" BIGINT)'});""").fetchall()
    assert [r[2] for r in rows] == want
    typed = duckdb.sql("""SELECT typeof(count) FROM read_json('events.jsonl', columns = {
  count: 'STRUCT(text VARCHAR, value DOUBLE, "of" VARCHAR, "start" BIGINT, "end" BIGINT)'}) LIMIT 1""").fetchall()[0][0]
    assert typed.startswith("STRUCT"), typed
print(f"loaders: {len(want)} events; cameo kept as text (unasked: {unasked}); count typed {typed} (untyped: {untyped})")
