-- Follow-up of non-conforming food (核查处置): one case per non-conforming sample, its dated
-- steps, extension requests and their decisions, the alerts of the daily deadline sweep and its
-- runs; settings that administrators may change (disposal days per level, due-soon window).

CREATE SEQUENCE disposal_case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_step_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_extension_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE alert_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sweep_run_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE lims_setting (
    name VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL
);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.disposalDays.NATIONAL', '90', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.disposalDays.PROVINCIAL', '90', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.disposalDays.MUNICIPAL', '90', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.disposalDays.COUNTY', '90', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.disposalDays.ROUTINE_MONITORING', '90', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.dueSoonDays', '15', 0);

CREATE TABLE disposal_case (
    id BIGINT PRIMARY KEY,
    case_number VARCHAR(60) NOT NULL UNIQUE,
    sample_id BIGINT NOT NULL UNIQUE REFERENCES sample (id),
    sampling_level VARCHAR(30) NOT NULL,
    department VARCHAR(30) NOT NULL,
    category_id BIGINT NOT NULL REFERENCES food_category (id),
    region_id BIGINT NOT NULL REFERENCES region (id),
    responsible_org_id BIGINT NOT NULL REFERENCES organization (id),
    producer_org_id BIGINT REFERENCES organization (id),
    producer_note VARCHAR(2000),
    microbiological BOOLEAN NOT NULL,
    state VARCHAR(30) NOT NULL,
    received_on DATE NOT NULL,
    disposal_days INTEGER NOT NULL,
    statutory_deadline DATE NOT NULL,
    deadline DATE NOT NULL,
    accepted_on DATE,
    delivered_on DATE,
    backup_expires_on DATE,
    reinspection_requested_on DATE,
    reinspection_kind VARCHAR(20),
    designated_on DATE,
    reinspection_lab_id BIGINT REFERENCES organization (id),
    outcome_on DATE,
    reinspection_outcome VARCHAR(20),
    last_step_on DATE,
    completed_on DATE,
    overturned_on DATE,
    withdrawn_on DATE,
    urgency VARCHAR(20) NOT NULL,
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX disposal_case_responsible_ix ON disposal_case (responsible_org_id, state, deadline);
CREATE INDEX disposal_case_producer_ix ON disposal_case (producer_org_id);
CREATE INDEX disposal_case_region_ix ON disposal_case (region_id, received_on);
CREATE INDEX disposal_case_received_ix ON disposal_case (received_on, sampling_level);

CREATE TABLE case_step (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES disposal_case (id),
    kind VARCHAR(30) NOT NULL,
    step_date DATE NOT NULL,
    recorded_by VARCHAR(50) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note VARCHAR(2000),
    reference VARCHAR(100),
    amount NUMERIC(16, 2),
    quantity NUMERIC(16, 3),
    quantity_unit VARCHAR(20),
    measure VARCHAR(30),
    request_kind VARCHAR(20),
    lab_id BIGINT REFERENCES organization (id),
    outcome VARCHAR(20),
    backup_expires_on DATE
);
CREATE INDEX case_step_case_ix ON case_step (case_id, step_date);

CREATE TABLE case_extension (
    id BIGINT PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES disposal_case (id),
    state VARCHAR(20) NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    previous_deadline DATE NOT NULL,
    new_deadline DATE NOT NULL,
    requested_by VARCHAR(50) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by VARCHAR(50),
    decided_at TIMESTAMP WITH TIME ZONE,
    decision_note VARCHAR(1000),
    version BIGINT NOT NULL
);
CREATE INDEX case_extension_case_ix ON case_extension (case_id);

-- What the sweep found: a case due soon or overdue, a lab report past its due date. An alert is
-- active until the sweep finds its reason gone (cleared_on set); one active alert per subject.
CREATE TABLE alert (
    id BIGINT PRIMARY KEY,
    kind VARCHAR(30) NOT NULL,
    subject_id BIGINT NOT NULL,
    org_id BIGINT NOT NULL REFERENCES organization (id),
    region_id BIGINT NOT NULL REFERENCES region (id),
    due_on DATE NOT NULL,
    raised_on DATE NOT NULL,
    cleared_on DATE
);
CREATE INDEX alert_active_ix ON alert (cleared_on, kind, subject_id);
CREATE INDEX alert_org_ix ON alert (org_id, cleared_on);

CREATE TABLE sweep_run (
    id BIGINT PRIMARY KEY,
    run_at TIMESTAMP WITH TIME ZONE NOT NULL,
    run_by VARCHAR(50) NOT NULL,
    as_of DATE NOT NULL,
    raised INTEGER NOT NULL,
    cleared INTEGER NOT NULL,
    changed_cases INTEGER NOT NULL
);
