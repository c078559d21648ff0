-- Statistics: the targets the figures are judged against (DOMAIN.md, changeable by an
-- administrator) and the export jobs that build the provincial workbook in the background.

INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.passRate.overall', '98', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.passRate.routineEdibleAgri', '97', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.passRate.dairy', '99', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.passRate.meat', '99', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.quota.percent', '100', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.disposal.NATIONAL', '100', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.completion.NATIONAL', '100', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.onTime.NATIONAL', '90', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.disposal.PROVINCIAL', '100', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.completion.PROVINCIAL', '95', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.onTime.PROVINCIAL', '85', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.disposal.MUNICIPAL', '100', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.completion.MUNICIPAL', '95', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('target.onTime.MUNICIPAL', '85', 0);

CREATE SEQUENCE export_job_seq START WITH 50 INCREMENT BY 50;

-- A workbook being built or built: who asked, for what, how far it is, the file when ready.
CREATE TABLE export_job (
    id BIGINT PRIMARY KEY,
    owner VARCHAR(50) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    request_key VARCHAR(1000) NOT NULL,
    state VARCHAR(20) NOT NULL,
    progress INTEGER NOT NULL,
    message VARCHAR(2000),
    file_name VARCHAR(200),
    content BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL
);
CREATE INDEX export_job_owner_ix ON export_job (owner, state);
