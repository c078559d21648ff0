-- Oversight of the sampling itself (issue 16): the settings its figures use. No tables: the
-- figures read the statistics facts and, read-only, the rows the facts do not carry (producer and
-- operator of a sample, its failing items, its publications).
--  * oversight.publication.workingDays: a result must be published within this many working days
--    after its approval (working-day calendar); the publication rate counts the results whose
--    deadline falls in the period.
--  * oversight.warning.timesOver.A/B/C: a non-conforming item at least this many times its limit
--    is a class A/B/C warning (class D below C); a prohibited substance found is class A, a
--    microbiological failure at least class B.
--  * oversight.repeat.minBatches / oversight.repeat.months: a producer or operator with at least
--    this many non-conforming batches within this many months is a repeat offender.
--  * target.publication.rate: the publication rate to meet (percent).
--  * target.balance.index: the balance index a unit should reach (percent).
--  * target.balance.yearEndShare: at most this share of a year's batches in November and December
--    (percent); more is flagged as bunching at year end.
INSERT INTO lims_setting (name, setting_value, version) VALUES ('oversight.publication.workingDays', '20', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('oversight.warning.timesOver.A', '10', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('oversight.warning.timesOver.B', '5', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('oversight.warning.timesOver.C', '2', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('oversight.repeat.minBatches', '2', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('oversight.repeat.months', '12', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.publication.rate', '100', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.balance.index', '80', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.balance.yearEndShare', '25', 0);
