-- The audit trail's ids come in blocks of 1,000 (AuditRecord's allocationSize): a result import
-- writes tens of thousands of lines in one commit, one sequence round trip per 50 before.
-- EclipseLink takes the 1,000 ids below each value it draws, so the next draw (the last value + 1,000)
-- leaves no id used twice.
ALTER SEQUENCE audit_record_seq INCREMENT BY 1000;
