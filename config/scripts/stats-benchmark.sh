#!/usr/bin/env bash
# The statistics benchmark of issue 6: generates a province-sized year (700,000 samples of 2025,
# 7,000,000 results, 2.5% non-conforming, cases in every state) in the PostgreSQL database
# lims_bench at 127.0.0.1:5432 (trust authentication, user postgres), then times the dashboard's
# figures for the year and the provincial workbook export in a JVM with a 512 MB heap, and prints
# the figures. Arguments: --samples N (default 700000), --keep (reuse a generated database).
set -euo pipefail
cd "$(dirname "$0")/../.."
MVN="mvn -B -q"
[ -n "${LIMS_OFFLINE:-}" ] && MVN="$MVN -o"
$MVN -pl lims-ejb -am install -DskipTests -DskipITs=true
$MVN -pl lims-ejb test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
  -Dmdep.includeScope=test
CP="lims-ejb/target/test-classes:lims-ejb/target/classes:$(cat lims-ejb/target/bench.cp)"
exec java -Xmx512m -cp "$CP" cn.foodsafety.lims.statistics.control.ProvinceYearBenchmark "$@"
