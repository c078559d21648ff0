-- The samples list in its default order (by number, then id) for a viewer who sees most samples:
-- the database walks this index in the list's order and stops after the page (it holds the region,
-- so the jurisdiction's condition is checked in the index alone) instead of finding every visible
-- sample through sample_region_number_ix and sorting them all (Samples.list; README, Benchmarks:
-- "Samples list, third round").
CREATE INDEX sample_number_id_ix ON sample (sample_number, id, region_id);
