#!/usr/bin/env bash
# Our public SPARQL endpoint against plain Fuseki on the same TDB2 store (the demo content), side by
# side in one JVM: median and p90 per query, and the median overhead ratio (target <= 1.15x).
# Usage: ./run-sparql.sh [STORE_DIR [WARMUP_ROUNDS [ROUNDS]]]   (the store is built on first use, ~30 s)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
store="${1:-$here/target/demo-store}"
(cd "$here/.." && mvn -B -ntp -q -DskipTests install)
(cd "$here" && mvn -B -ntp -q -DskipTests package)
java -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/benchmarks.jar" \
  fr.hdh.catalog.bench.sparql.SparqlOverheadBenchmark "$store" "${@:2}"
