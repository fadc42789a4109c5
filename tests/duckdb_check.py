#!/usr/bin/env python3
"""Loads `newsevents extract` output into DuckDB and checks it against the
tool's own `--stats` line. Fails loudly (exit 1) on any disagreement.

Usage: duckdb_check.py NEWSEVENTS_BINARY [--date YYYY-MM-DD] INPUT [INPUT...]

For the inputs given it runs `newsevents extract --stats [--date D] INPUT... >
events.jsonl`
(in a temporary folder), then with DuckDB's `read_json('events.jsonl')`:
- every line is a row and the columns come out typed (VARCHAR, BIGINT,
  DOUBLE, STRUCT, LIST) rather than as JSON text;
- a query counting events per type gives exactly the counts of `--stats`;
- every trigger's byte length equals its `end - start` (byte offsets);
- pledge amounts summed in SQL equal the sum computed from the JSON text;
- every `when.value` that is a day casts to a DATE, and events per month
  counted in SQL (the README's "events by month") equal the JSON text's.
- `confidence` is a DOUBLE column between 0 and 1 on every row, and no
  event is below its type's default threshold (the default `extract` run
  drops those); the mean confidence per type agrees with the JSON text.

.ci/run installs the `duckdb` package into target/ci-venv and runs this on
corpus/ and, when ../shared/corpus exists, on the Reuters corpus.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

import duckdb

STATS = re.compile(
    r"^newsevents: stats: (\d+) articles, [\d.]+ MB, (\d+) events \((.*)\), "
    r"(\d+) inputs skipped, (\d+) warnings, [\d.]+ s$"
)


# The model whose thresholds the default run applies (the embedded one).
MODEL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "model", "sense.json")


def fail(message):
    print(f"duckdb_check: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def parse_stats(stderr):
    lines = [l for l in stderr.splitlines() if l.startswith("newsevents: stats: ")]
    if len(lines) != 1:
        fail(f"expected one --stats line on stderr, got:\n{stderr}")
    m = STATS.match(lines[0])
    if not m:
        fail(f"--stats line has an unexpected shape: {lines[0]!r}")
    by_type = {}
    if m.group(3):
        for part in m.group(3).split(", "):
            name, n = part.rsplit(" ", 1)
            by_type[name] = int(n)
    if sum(by_type.values()) != int(m.group(2)):
        fail(f"--stats total disagrees with its own per-type counts: {lines[0]!r}")
    return by_type, lines[0]


def check(binary, inputs, extra):
    with tempfile.TemporaryDirectory() as tmp:
        events_path = os.path.join(tmp, "events.jsonl")
        with open(events_path, "wb") as out:
            run = subprocess.run(
                [binary, "extract", "--stats", *extra, *inputs],
                stdout=out,
                stderr=subprocess.PIPE,
                text=False,
            )
        stderr = run.stderr.decode("utf-8", "replace")
        if run.returncode != 0:
            fail(f"newsevents exited {run.returncode} on {inputs}:\n{stderr}")
        stats, stats_line = parse_stats(stderr)
        with open(events_path, encoding="utf-8") as f:
            records = [json.loads(line) for line in f]
        if not records:
            fail(f"no events from {inputs}")

        con = duckdb.connect()
        # Paths are bound as parameters, never spliced into the SQL.
        con.execute(
            "CREATE TABLE events AS SELECT * FROM read_json(?, format = 'newline_delimited', sample_size = -1)",
            [events_path],
        )
        rows = con.execute("SELECT count(*) FROM events").fetchone()[0]
        if rows != len(records):
            fail(f"DuckDB read {rows} rows, the file has {len(records)} lines")

        # Typed columns, not JSON text.
        types = {
            name: kind.replace('"', "")
            for name, kind in con.execute("SELECT column_name, column_type FROM (DESCRIBE events)").fetchall()
        }
        expect = {
            "doc": "VARCHAR",
            "id": "VARCHAR",
            "type": "VARCHAR",
            "modality": "VARCHAR",
            "rule": "VARCHAR",
            "confidence": "DOUBLE",
        }
        for column, wanted in expect.items():
            if types.get(column) != wanted:
                fail(f"column {column} is {types.get(column)}, wanted {wanted}")
        if not types.get("trigger", "").startswith("STRUCT(") or "start BIGINT" not in types["trigger"]:
            fail(f"trigger is not a struct with integer offsets: {types.get('trigger')}")
        if not types.get("actors", "").endswith("[]"):
            fail(f"actors is not a list: {types.get('actors')}")
        if "amount" in types and "value DOUBLE" not in types["amount"]:
            fail(f"amount.value is not DOUBLE: {types['amount']}")

        # Events per type agree with --stats.
        counted = dict(con.execute("SELECT type, count(*) FROM events GROUP BY type").fetchall())
        if counted != stats:
            fail(f"DuckDB counts {sorted(counted.items())} but {stats_line!r}")

        # Offsets are byte offsets: strlen counts bytes.
        bad = con.execute(
            'SELECT count(*) FROM events WHERE strlen(trigger.text) <> trigger."end" - trigger.start'
        ).fetchone()[0]
        if bad:
            fail(f"{bad} triggers whose byte length is not end - start")

        # Struct fields hold the numbers of the JSON text.
        sql_sum = con.execute(
            "SELECT coalesce(sum(amount.value), 0) FROM events WHERE type = 'pledge' AND amount IS NOT NULL"
        ).fetchone()[0]
        py_sum = sum(
            r["amount"]["value"] for r in records if r["type"] == "pledge" and r["amount"] is not None
        )
        if abs(sql_sum - py_sum) > 1e-6 * max(1.0, abs(py_sum)):
            fail(f"pledge amounts: DuckDB sums {sql_sum}, the JSON text {py_sum}")
        # Event times: days cast to DATE; months of days agree with the JSON.
        dated = [r["when"]["value"] for r in records if r.get("when")]
        days = [v for v in dated if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)]
        if dated:
            if "value VARCHAR" not in types.get("when", ""):
                fail(f"when is not a struct with a text value: {types.get('when')}")
            bad = con.execute(
                'SELECT count(*) FROM events WHERE "when" IS NOT NULL AND strlen("when".text) <> "when"."end" - "when".start'
            ).fetchone()[0]
            if bad:
                fail(f"{bad} times whose byte length is not end - start")
            cast = con.execute(
                'SELECT count(CAST("when".value AS DATE)) FROM events WHERE strlen("when".value) = 10'
            ).fetchone()[0]
            if cast != len(days):
                fail(f"{cast} day values cast to DATE, the JSON text has {len(days)}")
            by_month = dict(
                con.execute(
                    'SELECT strftime(CAST("when".value AS DATE), \'%Y-%m\') AS month, count(*) '
                    'FROM events WHERE strlen("when".value) = 10 GROUP BY month'
                ).fetchall()
            )
            py_month = {}
            for v in days:
                py_month[v[:7]] = py_month.get(v[:7], 0) + 1
            if by_month != py_month:
                fail(f"events by month: DuckDB {sorted(by_month.items())}, JSON {sorted(py_month.items())}")
        # Confidence: a probability on every event, the same numbers as the text.
        outside = con.execute(
            "SELECT count(*) FROM events WHERE confidence IS NULL OR confidence < 0 OR confidence > 1"
        ).fetchone()[0]
        if outside:
            fail(f"{outside} events whose confidence is missing or outside 0-1")
        thresholds = json.load(open(MODEL, encoding="utf-8"))["thresholds"]
        for kind, mean in con.execute("SELECT type, avg(confidence) FROM events GROUP BY type").fetchall():
            below = con.execute(
                "SELECT count(*) FROM events WHERE type = ? AND confidence < ?",
                [kind, thresholds.get(kind, 0.0)],
            ).fetchone()[0]
            if below:
                fail(f"{below} {kind} events below their default threshold {thresholds.get(kind)}")
            values = [r["confidence"] for r in records if r["type"] == kind]
            if abs(mean - sum(values) / len(values)) > 1e-9:
                fail(f"{kind}: DuckDB's mean confidence {mean} disagrees with the JSON text")
        docs = con.execute("SELECT count(DISTINCT doc) FROM events").fetchone()[0]
        print(
            f"duckdb_check: ok: {' '.join(inputs)}: {rows} events in {docs} articles, "
            f"per type {dict(sorted(counted.items()))} = --stats, "
            f"{len(dated)} with a time ({len(days)} days cast to DATE)"
        )


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    args = sys.argv[2:]
    extra = []
    if args[:1] == ["--date"] and len(args) >= 3:
        extra, args = args[:2], args[2:]
    check(sys.argv[1], args, extra)


if __name__ == "__main__":
    main()
