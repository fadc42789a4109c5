#!/usr/bin/env bash
# Integration test of the Spark job (examples/spark/extract_events.py):
# runs it in local[2] mode over the Reuters corpus split into 8 partitions
# and checks that its events, as full JSON lines, are the same multiset as
# one plain `newsevents extract --jsonl` run over the same input.
#
#   examples/spark/test.sh      (needs ../shared/corpus/reuters21578.jsonl)
#
# PySpark comes from PyPI into a virtual environment kept in
# target/spark-venv (NEWSEVENTS_SPARK_VENV to put it elsewhere); it is
# reused while it holds the pinned version. Java 17 is installed from
# Debian if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYSPARK_VERSION=4.0.1
shared=${NEWSEVENTS_SHARED:-../shared}
corpus="$shared/corpus/reuters21578.jsonl"
venv=${NEWSEVENTS_SPARK_VENV:-target/spark-venv}

if [ ! -f "$corpus" ]; then
  echo "spark test: $corpus not found" >&2
  exit 1
fi
if ! command -v java >/dev/null; then
  apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null
fi
if ! "$venv/bin/python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
  start=$(date +%s)
  rm -rf "$venv"
  python3 -m venv "$venv" || {
    apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null && python3 -m venv "$venv"
  }
  "$venv/bin/pip" install --disable-pip-version-check -q "pyspark==$PYSPARK_VERSION"
  echo "spark test: installed pyspark $PYSPARK_VERSION into $venv in $(($(date +%s) - start)) s"
fi
[ -x target/release/newsevents ] || cargo build --release --quiet
# spark-submit finds its Spark home through the venv's python.
export PATH="$(realpath "$venv")/bin:$PATH"
# Local mode talks to itself only: keep it on the loopback address.
export SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
exec "$venv/bin/python" examples/spark/test_extract_events.py --corpus "$corpus" --binary target/release/newsevents
