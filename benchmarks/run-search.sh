#!/usr/bin/env bash
# Search at scale (issue 3): a seeded synthetic catalogue indexed through our search port (LuceneSearchIndex)
# and, side by side in the same JVM on the same data, through jena-text + SPARQL GROUP BY facet counts.
# Index build docs/s, p50/p99 of 2-word queries with 5 facet filters, ratio baseline / ours.
# Usage: ./run-search.sh [--scale S] [--queries N] [--warmup N] [--baseline-queries N] [--baseline-warmup N] [--batch N] [--seed N] [--no-baseline]
#   --scale 1 (default) = 100,000 datasets, 200,000 tables, 1,000,000 variables
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
(cd "$here/.." && mvn -B -ntp -q -DskipTests install)
(cd "$here" && mvn -B -ntp -q -DskipTests package)
java -Xmx8g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/benchmarks.jar" \
  fr.hdh.catalog.bench.search.SearchBenchmark "$@"
