#!/usr/bin/env bash
# Copies the lab benchmark's received samples (芹菜-基准-n, created through the API by
# lab-benchmark.py) inside the embedded database, with their analyses and items, for a 10,000-row
# import when creating 3,334 samples through the API takes too long on a busy machine. Copy k gets
# ids + k*100000 and sample numbers ...-M-0k0nnn; the copies' items are reset to "no result yet"
# (their limit of detection and method kept), so an import of them is a first import. Prints the
# ids of the copies as JSON for lab-benchmark.py --reuse.
#   config/scripts/copy-bench-samples.sh FROM_K TO_K > ids.json   (the server may run: AUTO_SERVER)
set -euo pipefail
cd "$(dirname "$0")/../.."
from="$1" to="$2"
url="jdbc:h2:$PWD/.lims/data/lims;AUTO_SERVER=TRUE"
h2=".lims/server/payara6/h2db/bin/h2.jar"
sql=$(mktemp)
trap 'rm -f "$sql"' EXIT
{
  echo "CREATE TABLE bench_src AS SELECT id FROM sample WHERE food_name LIKE '芹菜-基准-%' AND state = 'RECEIVED' AND id < 100000;"
  for k in $(seq "$from" "$to"); do
    o=$((k * 100000))
    cat <<SQL
CREATE TABLE tmp_s AS SELECT * FROM sample WHERE id IN (SELECT id FROM bench_src);
UPDATE tmp_s SET id = id + $o, sample_number = SUBSTRING(sample_number, 1, 14) || LPAD(CAST($((k * 10000)) + CAST(SUBSTRING(sample_number, 15) AS INT) AS VARCHAR), 6, '0');
INSERT INTO sample SELECT * FROM tmp_s;
DROP TABLE tmp_s;
CREATE TABLE tmp_a AS SELECT * FROM analysis WHERE sample_id IN (SELECT id FROM bench_src);
UPDATE tmp_a SET sample_id = sample_id + $o;
INSERT INTO analysis SELECT * FROM tmp_a;
DROP TABLE tmp_a;
CREATE TABLE tmp_i AS SELECT * FROM sample_item WHERE sample_id IN (SELECT id FROM bench_src);
UPDATE tmp_i SET id = id + $o, sample_id = sample_id + $o, reported_value = NULL, reported_number = NULL, not_detected = FALSE, result_unit = NULL, value_in_limit_unit = NULL, limit_unit_number = NULL, verdict = NULL, times_over = NULL, instrument = NULL, analyst = NULL, tested_on = NULL, entered_by = NULL, entered_at = NULL, version = 1;
INSERT INTO sample_item SELECT * FROM tmp_i;
DROP TABLE tmp_i;
SQL
  done
  echo "DROP TABLE bench_src;"
} > "$sql"
java -cp "$h2" org.h2.tools.RunScript -url "$url" -user lims -password lims -script "$sql" >&2
java -cp "$h2" org.h2.tools.Shell -url "$url" -user lims -password lims \
  -sql "SELECT id FROM sample WHERE id >= $((from * 100000)) AND id < $(((to + 1) * 100000)) ORDER BY id" \
  | grep -E '^[0-9]+ *$' | python3 -c 'import json, sys; print(json.dumps([int(l) for l in sys.stdin]))'
