-- Sampling: whether a sample reached its laboratory after the 5 working days of Art. 20 (kept at
-- receipt, so that lists can filter late deliveries without date arithmetic in SQL), and the index
-- behind a laboratory's load (samples assigned in the last 7 days) used by lab assignment.
ALTER TABLE sample ADD COLUMN delivered_late BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX sample_lab_assigned_ix ON sample (lab_id, assigned_at);
