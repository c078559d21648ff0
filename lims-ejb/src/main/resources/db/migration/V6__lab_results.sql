-- The laboratory's work on a received sample: its test items with the limit used and the
-- result, review and e-signed approval, the conclusion and its reporting deadline, and every
-- issued version of the test report (kept as issued).

CREATE SEQUENCE sample_item_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE test_report_seq START WITH 50 INCREMENT BY 50;
-- the running number of report numbers (lab code + year + this number), read with nextval
CREATE SEQUENCE report_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE analysis (
    sample_id BIGINT PRIMARY KEY REFERENCES sample (id),
    lab_id BIGINT NOT NULL REFERENCES organization (id),
    state VARCHAR(20) NOT NULL,
    report_due DATE NOT NULL,
    entered_by VARCHAR(50),
    entered_at TIMESTAMP WITH TIME ZONE,
    reviewed_by VARCHAR(50),
    reviewed_at TIMESTAMP WITH TIME ZONE,
    approved_by VARCHAR(50),
    approved_at TIMESTAMP WITH TIME ZONE,
    returned_reason VARCHAR(1000),
    conclusion VARCHAR(20),
    conclusion_due DATE,
    conclusion_reported_at TIMESTAMP WITH TIME ZONE,
    report_version INTEGER NOT NULL,
    report_number VARCHAR(50),
    first_approved_at TIMESTAMP WITH TIME ZONE,
    amendment_reason VARCHAR(1000),
    version BIGINT NOT NULL
);
CREATE INDEX analysis_lab_ix ON analysis (lab_id, state, report_due);
CREATE INDEX analysis_approved_ix ON analysis (approved_at);

-- One test item of a sample, with the limit as it was when judged and the lab's result.
CREATE TABLE sample_item (
    id BIGINT PRIMARY KEY,
    sample_id BIGINT NOT NULL REFERENCES sample (id),
    test_item_id BIGINT NOT NULL REFERENCES test_item (id),
    analyte VARCHAR(200) NOT NULL,
    limit_operator VARCHAR(20) NOT NULL,
    limit_value VARCHAR(40),
    limit_upper VARCHAR(40),
    limit_unit VARCHAR(20) NOT NULL,
    limit_standard VARCHAR(100) NOT NULL,
    standard_edition VARCHAR(20),
    comparison VARCHAR(20) NOT NULL,
    microbiological BOOLEAN NOT NULL,
    dropped BOOLEAN NOT NULL,
    added_by_lab BOOLEAN NOT NULL,
    change_reason VARCHAR(500),
    reported_value VARCHAR(40),
    not_detected BOOLEAN NOT NULL,
    lod VARCHAR(40),
    result_unit VARCHAR(20),
    value_in_limit_unit VARCHAR(40),
    verdict VARCHAR(20),
    times_over VARCHAR(20),
    method VARCHAR(200),
    instrument VARCHAR(100),
    analyst VARCHAR(100),
    tested_on DATE,
    entered_by VARCHAR(50),
    entered_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL,
    CONSTRAINT sample_item_uk UNIQUE (sample_id, test_item_id)
);
CREATE INDEX sample_item_verdict_ix ON sample_item (verdict, sample_id);

-- Every issued version of a test report, byte for byte as issued.
CREATE TABLE test_report (
    id BIGINT PRIMARY KEY,
    sample_id BIGINT NOT NULL REFERENCES sample (id),
    version_no INTEGER NOT NULL,
    report_number VARCHAR(50) NOT NULL,
    conclusion VARCHAR(20) NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by VARCHAR(50) NOT NULL,
    amendment_reason VARCHAR(1000),
    pdf BYTEA NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    CONSTRAINT test_report_uk UNIQUE (sample_id, version_no)
);
