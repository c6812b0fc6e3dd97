#!/usr/bin/env bash
# The whole-catalogue export (hdh export, N-Quads) of the demo store: statements/s and peak heap, in a
# JVM limited to 256 MB to show the export streams with flat memory (target >= 50,000 triples/s).
# Usage: ./run-export.sh [STORE_DIR [ROUNDS]]   (the store is built on first use, in its own JVM)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
store="${1:-$here/target/demo-store}"
(cd "$here/.." && mvn -B -ntp -q -DskipTests install)
(cd "$here" && mvn -B -ntp -q -DskipTests package)
java -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/benchmarks.jar" \
  fr.hdh.catalog.bench.export.DemoStoreLoader "$store"
java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/benchmarks.jar" \
  fr.hdh.catalog.bench.export.ExportBenchmark "$store" "${@:2}"
