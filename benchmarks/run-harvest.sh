#!/usr/bin/env bash
# The harvest benchmarks of issue 5, each through the real HarvestRunner into an empty on-disk catalogue:
#  1. the whole SNDS dictionary (188 tables and its nomenclatures, Table Schema harvester): seconds (target <= 30 s),
#     beside TDB2's basic loader storing the very quads the harvest stored; SNDS_RUNS times (default 3), each in a
#     fresh JVM (cold, as `hdh harvest once` runs): quote the median, the machine is noisy;
#  2. DCAT harvest throughput end to end (parse, validate, write, index) against a raw TDB2 bulk load
#     (LoaderFactory basic and parallel loaders) of the same generated Turtle file, side by side in one JVM:
#     triples/s and the ratio ours / raw (target >= 0.3).
# Usage: ./run-harvest.sh [DATASETS [SEED [WORK_DIR]]]   (defaults: 2000 datasets, seed 42, target/harvest-bench)
# MVN_ARGS adds Maven options to both builds (e.g. MVN_ARGS='-o -Dmaven.repo.local=/tmp/m2').
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
n="${1:-2000}"
seed="${2:-42}"
work="${3:-$here/target/harvest-bench}"
(cd "$here/.." && mvn -B -ntp -q ${MVN_ARGS:-} -DskipTests install)
(cd "$here" && mvn -B -ntp -q ${MVN_ARGS:-} -DskipTests package)
for ((i = 1; i <= ${SNDS_RUNS:-3}; i++)); do
  echo "== SNDS run $i"
  java -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/benchmarks.jar" \
    fr.hdh.catalog.bench.harvest.SndsHarvestBenchmark "$work"
done
java -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$here/target/benchmarks.jar" \
  fr.hdh.catalog.bench.harvest.DcatThroughputBenchmark "$n" "$seed" "$work"
