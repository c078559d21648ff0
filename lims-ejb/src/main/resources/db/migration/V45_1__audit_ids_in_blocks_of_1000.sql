-- The audit trail's ids come in blocks of 1,000 (AuditRecord's allocationSize): a result import
-- writes tens of thousands of lines in one commit, one sequence round trip per 50 before.
-- EclipseLink takes the 1,000 ids up to each value it draws. One value is drawn here, after the
-- change: H2 had already computed its next value with the old increment (last + 50), and a block
-- ending there would reuse ids below it; PostgreSQL adds the new increment at once. After this
-- draw, the first block the application draws begins above every id used so far on both.
ALTER SEQUENCE audit_record_seq INCREMENT BY 1000;
SELECT NEXTVAL('audit_record_seq');
