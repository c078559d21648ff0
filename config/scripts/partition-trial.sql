-- What partitioning `sample` by year would change, measured on a benchmark database with history
-- (config/scripts/stats-benchmark.sh --history 2: three years of samples). Builds a partitioned
-- copy of `sample` beside the real table, times the same reads on both and drops the copy:
--   psql -h 127.0.0.1 -U postgres -d lims_bench_h4_2m -f config/scripts/partition-trial.sql
-- The primary key must include the partition column (PostgreSQL refuses PRIMARY KEY (id) alone on a
-- partitioned table), so a lookup by id, as EclipseLink's em.find and every join on sample_id do,
-- probes the id index of every partition.
\timing on
DROP TABLE IF EXISTS sample_part;
CREATE TABLE sample_part (LIKE sample INCLUDING DEFAULTS) PARTITION BY RANGE (sampled_on);
ALTER TABLE sample_part ADD PRIMARY KEY (id, sampled_on);
CREATE TABLE sample_part_2023 PARTITION OF sample_part FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE sample_part_2024 PARTITION OF sample_part FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE sample_part_2025 PARTITION OF sample_part FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE sample_part_2026 PARTITION OF sample_part FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO sample_part SELECT * FROM sample;
CREATE INDEX sample_part_region ON sample_part (region_id, sampled_on);
ANALYZE sample_part;
-- 1. one sample by id (em.find, the detail pages, every join from analysis/sample_item/cases)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM sample WHERE id = 11000500;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM sample_part WHERE id = 11000500;
DO $$ DECLARE t timestamptz := clock_timestamp(); r record; BEGIN
  FOR i IN 1..20000 LOOP SELECT * INTO r FROM sample WHERE id = 1000000 + (i * 37 % 700000) + 10000000 * (i % 3); END LOOP;
  RAISE NOTICE 'plain table: 20000 lookups by id in %', clock_timestamp() - t; END $$;
DO $$ DECLARE t timestamptz := clock_timestamp(); r record; BEGIN
  FOR i IN 1..20000 LOOP SELECT * INTO r FROM sample_part WHERE id = 1000000 + (i * 37 % 700000) + 10000000 * (i % 3); END LOOP;
  RAISE NOTICE 'partitioned: 20000 lookups by id in %', clock_timestamp() - t; END $$;
-- 2. the year's samples per unit and month (what the plain recomputation of the figures reads)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT region_id, EXTRACT(MONTH FROM sampled_on), COUNT(*) FROM sample
  WHERE sampled_on >= '2025-01-01' AND sampled_on <= '2025-12-31' GROUP BY 1, 2;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT region_id, EXTRACT(MONTH FROM sampled_on), COUNT(*) FROM sample_part
  WHERE sampled_on >= '2025-01-01' AND sampled_on <= '2025-12-31' GROUP BY 1, 2;
DROP TABLE sample_part;
