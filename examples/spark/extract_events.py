#!/usr/bin/env python3
"""Run `newsevents extract --jsonl` as a stage of an Apache Spark job.

Reads articles as JSON lines ({"id","text","title"?,"date"?}, one per line)
from any path Spark can read (local files, hdfs://, s3a://, globs, folders),
pipes every partition through one `newsevents extract --jsonl` process with
RDD.pipe, and writes the events as JSON lines (the binary's own lines,
unchanged) or as Parquet.

Why it is built this way:
- spark.read.text keeps each article line intact: the line is never parsed
  or re-serialised in Python, so the binary gets the same bytes as when it
  reads the file itself (for valid UTF-8 input, see "Encoding" below), and
  the events are the same as a single run's: event ids are `doc#n`, counted
  inside one article, so splitting the input by line cannot change them.
- RDD.pipe starts one process per partition and streams: a writer thread
  feeds lines to the binary's stdin while its stdout is read line by line,
  so memory stays flat however large a partition is.

Encoding (RDD.pipe's behaviour, PySpark 3.x and 4.x): each element is sent
as str(element) with trailing newlines stripped, encoded as UTF-8, plus
one "\n"; each output line is read up to "\n" and decoded as UTF-8. The
text reader decodes the input file as UTF-8 in the JVM, so a line with
bytes that are not valid UTF-8 reaches the binary with U+FFFD in their
place (the plain binary instead skips such a line with a message).
RDD.pipe runs the command without a shell (shlex.split) and with an EMPTY
environment unless one is given, so the binary path must be absolute or
relative to the executor's working directory (where --files and --archives
put shipped files on YARN, standalone and Kubernetes).

Example (local, two cores):
  spark-submit --master 'local[2]' examples/spark/extract_events.py \
      --binary target/release/newsevents --partitions 8 \
      --output /tmp/events ../shared/corpus/reuters21578.jsonl
See README.md, "Running on a cluster", for spark-submit on a cluster.
"""

import argparse
import os
import shlex
import sys
import time

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession

# Exit status of `newsevents extract` when some input line was skipped
# (malformed JSON, oversized article); the other lines were processed.
EXIT_SKIPPED = 2


def parse_args(argv):
    """The job's flags; paths of shipped files are resolved on the executors."""
    p = argparse.ArgumentParser(
        description="Extract news events with newsevents, one process per Spark partition."
    )
    p.add_argument(
        "inputs",
        nargs="+",
        help="article JSON-lines files, folders or globs (local, hdfs://, s3a://...)",
    )
    p.add_argument("--output", required=True, help="output folder (Spark writes part files)")
    p.add_argument(
        "--format",
        choices=["jsonl", "parquet"],
        default="jsonl",
        help="jsonl: the binary's event lines unchanged; parquet: columns with an "
        "inferred schema (default: jsonl)",
    )
    p.add_argument(
        "--binary",
        default="./newsevents",
        help="path of the newsevents binary on the executors: absolute when installed "
        "on every worker, ./NAME when shipped with --files/--archives (default: ./newsevents)",
    )
    p.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="extra rule folder for extract --rules, as seen on the executors (repeatable)",
    )
    p.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="FILE",
        help="extra actor lexicon for extract --lexicon, as seen on the executors (repeatable)",
    )
    p.add_argument(
        "--no-default-rules", action="store_true", help="pass --no-default-rules to extract"
    )
    p.add_argument(
        "--partitions",
        type=int,
        default=0,
        help="repartition the articles into N partitions (one binary process each) "
        "when the input has fewer; 0 keeps Spark's split of the files (default: 0)",
    )
    p.add_argument(
        "--threads",
        type=int,
        default=1,
        help="worker threads of each binary process (extract -j); keep it at "
        "spark.task.cpus (default: 1)",
    )
    p.add_argument(
        "--allow-skipped",
        action="store_true",
        help="accept exit status 2 (some lines skipped as malformed or oversized, "
        "reported on the executor's stderr) instead of failing the task",
    )
    p.add_argument(
        "--mode",
        choices=["errorifexists", "overwrite"],
        default="errorifexists",
        help="what to do when --output exists (default: errorifexists)",
    )
    return p.parse_args(argv)


def is_local(spark):
    """True in local mode, where tasks run inside the driver's process."""
    master = spark.sparkContext.master
    return master == "local" or master.startswith("local[")


def resolve_local(spark, path):
    """In local mode, map a ./NAME that was shipped with --files/--archives to
    where Spark put it, so one command line works locally and on a cluster.
    On a cluster the path is left for the executors to resolve."""
    if not is_local(spark) or os.path.isabs(path) or os.path.exists(path):
        return path
    # ./NAME for a file, ./ALIAS/... inside an archive shipped as X.tar.gz#ALIAS.
    shipped = SparkFiles.get(os.path.normpath(path))
    return shipped if os.path.exists(shipped) else path


def extract_command(spark, args):
    """The command line each partition's process runs (no shell, see above)."""
    cmd = [resolve_local(spark, args.binary), "extract", "--jsonl", "-j", str(args.threads)]
    for d in args.rules:
        cmd += ["--rules", resolve_local(spark, d)]
    for f in args.lexicon:
        cmd += ["--lexicon", resolve_local(spark, f)]
    if args.no_default_rules:
        cmd.append("--no-default-rules")
    if is_local(spark) and not os.access(cmd[0], os.X_OK):
        sys.exit(f"extract_events: no executable newsevents binary at {cmd[0]!r} (--binary)")
    if args.allow_skipped:
        # Exit 2 only means "some lines were skipped"; anything else still fails.
        script = f'"$0" "$@"; rc=$?; [ "$rc" -eq {EXIT_SKIPPED} ] && exit 0; exit "$rc"'
        cmd = ["/bin/sh", "-c", script] + cmd
    return shlex.join(cmd)


def main(argv=None):
    """Build the job, run it, print a one-line summary with throughput."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    spark = SparkSession.builder.appName("newsevents-extract").getOrCreate()
    sc = spark.sparkContext
    command = extract_command(spark, args)

    started = time.monotonic()
    # One row per line, the line's text as is (no JSON parsing in Spark).
    articles = spark.read.text(args.inputs)
    if args.partitions and articles.rdd.getNumPartitions() < args.partitions:
        articles = articles.repartition(args.partitions)
    n_partitions = articles.rdd.getNumPartitions()

    article_count = sc.accumulator(0)
    event_count = sc.accumulator(0)

    def count_article(line):
        article_count.add(1)
        return line

    def count_event(line):
        event_count.add(1)
        return line

    # RDD.pipe sends str(element): map each Row to its plain string first.
    lines = articles.rdd.map(lambda row: count_article(row.value))
    events = lines.pipe(command, checkCode=True).map(count_event)

    if args.format == "jsonl":
        # The binary's lines, written byte for byte as Spark text part files.
        rows = events.map(lambda s: (s,))
        spark.createDataFrame(rows, "value string", verifySchema=False).write.mode(args.mode).text(
            args.output
        )
    else:
        # Schema inference reads the events once more: keep them so that the
        # binary runs once per partition.
        events = events.persist(StorageLevel.MEMORY_AND_DISK)
        spark.read.json(events).write.mode(args.mode).parquet(args.output)
        events.unpersist()
    seconds = time.monotonic() - started

    # Accumulators count again if a task is retried: figures are for the log only.
    rate = article_count.value / seconds if seconds > 0 else 0.0
    print(
        f"extract_events: {article_count.value} articles, {event_count.value} events, "
        f"{n_partitions} partitions, {seconds:.1f} s, {rate:.0f} articles/s -> {args.output}",
        flush=True,
    )
    spark.stop()


if __name__ == "__main__":
    main()
