#!/usr/bin/env bash
# The cost of a version of an SNDS-sized record (the demo's PMSI MCO dataset with its tables and variables):
# time per version, workspace bytes per version, time of a diff.
# Usage: ./run-versions.sh [STORE_DIR [VERSIONS]]   (the demo store is built on first use, in its own JVM)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
store="${1:-$here/target/demo-store}"
(cd "$here/.." && mvn -B -ntp -q -DskipTests install)
(cd "$here" && mvn -B -ntp -q -DskipTests package)
java -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/benchmarks.jar" \
  fr.hdh.catalog.bench.export.DemoStoreLoader "$store"
java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/benchmarks.jar" \
  fr.hdh.catalog.bench.versions.VersionCostBenchmark "$store" "${2:-10}"
