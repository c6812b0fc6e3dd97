#!/usr/bin/env bash
# Validation latency of one dataset record with 100 variables, ours against a naive baseline, side by side.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
(cd "$here/.." && mvn -B -ntp -q -DskipTests install)
(cd "$here" && mvn -B -ntp -q -DskipTests package)
java -jar "$here/target/benchmarks.jar" ValidationBenchmark -f 1 -wi 5 -w 1s -i 10 -r 1s -tu ms -bm avgt "$@"
