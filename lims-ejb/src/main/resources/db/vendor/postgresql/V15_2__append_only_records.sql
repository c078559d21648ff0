-- Audit records and issued test reports are written once and never changed: the database itself
-- refuses UPDATE, DELETE and TRUNCATE on them, whatever the application (or anyone with its
-- credentials) sends. PostgreSQL only (db/vendor/postgresql); the embedded H2 database of
-- `./lims run` has no such trigger.
CREATE FUNCTION lims_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % refused: its records are append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION lims_append_only();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION lims_append_only();
CREATE TRIGGER test_report_append_only BEFORE UPDATE OR DELETE ON test_report
    FOR EACH ROW EXECUTE FUNCTION lims_append_only();
CREATE TRIGGER test_report_no_truncate BEFORE TRUNCATE ON test_report
    FOR EACH STATEMENT EXECUTE FUNCTION lims_append_only();
