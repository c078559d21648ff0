-- The samples list of a planner or supervisor: the samples of the regions of their jurisdiction
-- (region_id IN ...) in the order of their numbers (the list's default sort) and by id. With the
-- number in the region's index the database finds the page's ids in the index alone; with only
-- (region_id, sampled_on) H2 read every visible sample's whole row to sort it, which was a third
-- of the list's server time (README, Benchmarks: "Lists").
CREATE INDEX sample_region_number_ix ON sample (region_id, sample_number);
