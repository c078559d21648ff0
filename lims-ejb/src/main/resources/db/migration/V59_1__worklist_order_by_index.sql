-- The lab's worklist (received samples not yet approved, by report due date and id): with the id
-- in the index and the worklist's order beginning with the columns its restriction fixes (lab_id,
-- state), H2 walks the index in order and stops at the page, instead of reading and sorting all of
-- the lab's received samples (README, Benchmarks: "Worklist, cases and the fixed cost"). The new
-- index begins with the old one's columns, so it serves every query the old one served.
DROP INDEX sample_lab_report_due_ix;
CREATE INDEX sample_lab_report_due_ix ON sample (lab_id, state, report_due, id);
