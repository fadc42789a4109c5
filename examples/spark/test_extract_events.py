#!/usr/bin/env python3
"""Checks that the Spark job gives exactly the events of one plain run.

Run by examples/spark/test.sh inside the PySpark virtual environment.
Input: the Reuters corpus plus a small generated file of articles with
non-ASCII text (the corpus is almost all ASCII), characters that some
line splitters treat as line breaks (U+0085, U+2028), a CRLF line ending,
a blank line and one malformed line. Checks:
1. JSON lines, local[2], 8 partitions: the multiset of full event lines
   equals a single `newsevents extract --jsonl` run's, byte for byte;
2. a partition whose binary exits non-zero fails the job (no silent loss);
3. Parquet output holds the same events (ids, types, offsets, sentences).
Exits 1 with a message naming what differs.
"""

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
JOB = os.path.join(HERE, "extract_events.py")
PARTITIONS = 8

# Articles written by the test (not corpus text). Each line is valid JSON
# except the malformed one; the strings hold raw non-ASCII characters.
FIXTURE_ARTICLES = [
    {
        "id": "u1",
        "title": "Brüssel: EU-Hilfe",
        "date": "2024-03-01",
        "text": "The EU pledged €5 billion to Ukraine on Friday, officials in Brussels said.",
    },
    {
        "id": "u2",
        "text": "Japan pledged $3 billion to Kenya.\u2028Ministers met in Zürich "
        "to discuss the 25% tariff on Chinese steel (钢铁). 🚢",
    },
    {
        "id": "u3",
        "text": "Police arrested 12 people in a raid in São Paulo.\u0085"
        "The United States imposed a 25% tariff on Mexican tomatoes.",
    },
]


def fixture_bytes():
    """The generated input file: articles, a CRLF ending, a blank and a bad line."""
    lines = [json.dumps(a, ensure_ascii=False).encode("utf-8") for a in FIXTURE_ARTICLES]
    return (
        lines[0]
        + b"\r\n"
        + lines[1]
        + b"\n\n"
        + b'{"id": "bad", "text": unterminated\n'
        + lines[2]
        + b"\n"
    )


def fail(message):
    """Stop the test with a clear reason."""
    sys.exit(f"spark test FAILED: {message}")


def spark_submit(args, log):
    """Runs the job in local[2] mode; returns (exit status, stdout, seconds)."""
    cmd = ["spark-submit", "--master", "local[2]", "--conf", "spark.ui.enabled=false"]
    cmd += ["--conf", "spark.ui.showConsoleProgress=false", JOB]
    started = time.monotonic()
    with open(log, "wb") as err:
        p = subprocess.run(cmd + args, check=False, stdout=subprocess.PIPE, stderr=err)
    return p.returncode, p.stdout.decode("utf-8", "replace"), time.monotonic() - started


def read_parts(folder):
    """All lines of Spark's part files, and how many non-empty part files there were."""
    lines, parts = [], 0
    for name in sorted(os.listdir(folder)):
        if name.startswith("part-"):
            with open(os.path.join(folder, name), "rb") as f:
                data = f.read()
            parts += bool(data)
            lines += data.split(b"\n")
    return [line for line in lines if line], parts


def compare(expected, got, what):
    """Fails with the differing lines when two multisets are not equal."""
    e, g = collections.Counter(expected), collections.Counter(got)
    if e == g:
        return
    missing, extra = e - g, g - e

    def show(c):
        return "\n    ".join(repr(x)[:200] for x in list(c.elements())[:5])

    fail(
        f"{what}: {sum(missing.values())} events of the plain run missing from Spark's output, "
        f"{sum(extra.values())} extra (Spark {len(got)} vs plain {len(expected)})\n"
        f"  missing:\n    {show(missing)}\n  extra:\n    {show(extra)}"
    )


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", required=True)
    p.add_argument("--binary", required=True)
    a = p.parse_args()

    # Kept on failure (the messages name the logs in it), removed on success.
    tmp = tempfile.mkdtemp(prefix="newsevents-spark-")
    check(a, tmp)
    print("3 passed, 0 failed")
    shutil.rmtree(tmp, ignore_errors=True)


def check(a, tmp):
    """The three checks; fail() on the first difference."""
    # A private copy, so a rebuild during the test cannot make the two runs differ.
    binary = os.path.join(tmp, "newsevents")
    shutil.copy2(a.binary, binary)
    fixture = os.path.join(tmp, "fixture.jsonl")
    with open(fixture, "wb") as f:
        f.write(fixture_bytes())
    with open(a.corpus, "rb") as f:
        corpus = f.read()
    n_articles = corpus.count(b"\n") + len(FIXTURE_ARTICLES)

    started = time.monotonic()
    plain = subprocess.run(
        [binary, "extract", "--jsonl"],
        input=corpus + fixture_bytes(),
        capture_output=True,
        check=False,
    )
    plain_s = time.monotonic() - started
    if plain.returncode != 2 or b"malformed JSON line" not in plain.stderr:
        fail(f"plain run: expected exit 2 for the malformed line, got {plain.returncode}")
    expected = plain.stdout.splitlines()
    fixture_docs = {x["id"] for x in FIXTURE_ARTICLES}
    fixture_events = [e for e in expected if json.loads(e)["doc"] in fixture_docs]
    if not fixture_events or not any(max(e) > 127 for e in fixture_events):
        fail("the generated articles gave no event with non-ASCII text: fix the fixture")
    print(
        f"spark test: plain run {n_articles} articles, {len(expected)} events, "
        f"{plain_s:.2f} s ({n_articles / plain_s:.0f} articles/s)"
    )

    # 1. JSON lines, 8 partitions: the same event lines, byte for byte.
    out = os.path.join(tmp, "events-jsonl")
    args = ["--binary", binary, "--partitions", str(PARTITIONS), "--allow-skipped"]
    rc, stdout, secs = spark_submit(args + ["--output", out, a.corpus, fixture], out + ".log")
    if rc != 0:
        fail(f"spark job exited {rc}; log: {out}.log")
    summary = re.search(r"(\d+) articles, (\d+) events, (\d+) partitions", stdout)
    if not summary:
        fail(f"no summary line from the job: {stdout!r}")
    arts, evs, parts = map(int, summary.groups())
    if parts < PARTITIONS:
        fail(f"job ran {parts} partitions, wanted at least {PARTITIONS}")
    got, nonempty = read_parts(out)
    if nonempty < PARTITIONS:
        fail(f"{nonempty} non-empty part files, wanted {PARTITIONS}")
    compare(expected, got, "JSON lines")
    print(
        f"spark test: JSON lines OK: {len(got)} events from {parts} partitions "
        f"({arts} lines piped, {evs} events counted), same multiset as the plain run; "
        f"spark-submit {secs:.1f} s [{stdout.strip()}]"
    )

    # 2. A binary that exits non-zero fails the job instead of losing a partition.
    out_strict = os.path.join(tmp, "events-strict")
    rc, stdout, secs = spark_submit(
        ["--binary", binary, "--output", out_strict, fixture], out_strict + ".log"
    )
    with open(out_strict + ".log", "rb") as f:
        log = f.read().decode("utf-8", "replace")
    if rc == 0 or "PIPE_FUNCTION_EXITED" not in log:
        fail(f"without --allow-skipped the malformed line should fail the job (exit {rc})")
    print(f"spark test: exit 2 without --allow-skipped fails the job as it should ({secs:.1f} s)")

    # 3. Parquet: the same events as columns.
    out_pq = os.path.join(tmp, "events-parquet")
    rc, stdout, secs = spark_submit(
        args + ["--format", "parquet", "--output", out_pq, a.corpus, fixture], out_pq + ".log"
    )
    if rc != 0:
        fail(f"spark job (parquet) exited {rc}; log: {out_pq}.log")
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    rows = spark.read.parquet(out_pq).select(
        "id", "type", "trigger.start", "trigger.text", "sentence.text"
    )
    got_pq = [tuple(r) for r in rows.collect()]
    spark.stop()

    def fields(line):
        e = json.loads(line)
        t = e["trigger"]
        return (e["id"], e["type"], t["start"], t["text"], e["sentence"]["text"])

    compare([fields(e) for e in expected], got_pq, "Parquet")
    print(f"spark test: Parquet OK: {len(got_pq)} events ({secs:.1f} s)")


if __name__ == "__main__":
    main()
