-- change_log: one row appended by every transaction that changes what the statistics figures are
-- computed from (the facts, the sampling plans), issue 10. Appended, never updated: many samplers
-- committing at once take ids from a sequence and insert rows of their own, so no one waits on a
-- shared row. A server keeps a period's figures in memory under the count and sum of the ids it
-- sees here; any newly committed row changes them, so the figures are computed again. Rows older
-- than half an hour are deleted every few minutes (the table stays small), see ChangeLog.
CREATE SEQUENCE change_log_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE change_log (
    id BIGINT PRIMARY KEY,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX change_log_changed_at ON change_log (changed_at);
