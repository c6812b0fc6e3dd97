#!/usr/bin/env bash
# The pages' server time on the demo content (issue 13): home, search, dataset, table, variable and code-list pages
# through the real server, each beside GET /health (the transport's floor); median and p95 per page, target p95 <= 100 ms.
# Usage: ./run-pages.sh [STORE_DIR [WARMUP_ROUNDS [ROUNDS]]]   (the store is built on first use, 1-3 minutes)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
store="${1:-$here/target/demo-store}"
(cd "$here/.." && mvn -B -ntp -q -DskipTests install)
(cd "$here" && mvn -B -ntp -q -DskipTests package)
java -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/benchmarks.jar" \
  fr.hdh.catalog.bench.pages.PageTimesBenchmark "$store" "${@:2}"
