-- The lab's lists are sorted, counted and paged by the database: the worklist by lab, state and
-- report due date; the conclusions still to report by lab and due date; the turnaround window by
-- lab and first approval.
CREATE INDEX sample_lab_report_due_ix ON sample (lab_id, state, report_due);
CREATE INDEX analysis_conclusion_due_ix ON analysis (lab_id, conclusion_due);
CREATE INDEX analysis_first_approved_ix ON analysis (lab_id, first_approved_at);
