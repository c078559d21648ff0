-- Issue 15, parts 2 and 3: the right regulator, the deadlines of notification, serious hazards.
--  * a test item may be a serious hazard (illegal addition, banned substance), always with a reason;
--  * an approved analysis remembers whether a failing item was a serious hazard when it was
--    approved (the conclusion is then due to the regulator within 24 hours, not 2 working days);
--  * each case opened from now on has its responsibility: where the problem arose (production or
--    trade), what the producer's side needs (an investigation task of the producer's regulator in
--    the city, a cross-region assistance request when the producer is elsewhere, or nothing), the
--    day by which the result must be delivered (Art. 29: 5 working days), the delivery to the
--    producer where it differs from the operator, and the assistance request's dates and answer;
--  * the producer's regulator's investigation task (产品溯源/生产环节核查) with its own steps and deadline.
ALTER TABLE test_item ADD COLUMN serious_hazard BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE test_item ADD COLUMN serious_hazard_reason VARCHAR(500);
ALTER TABLE analysis ADD COLUMN serious_hazard BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE case_responsibility (
    case_id BIGINT PRIMARY KEY REFERENCES disposal_case (id),
    stage VARCHAR(20) NOT NULL,
    producer_route VARCHAR(20) NOT NULL,
    serious_hazard BOOLEAN NOT NULL,
    notification_days INTEGER NOT NULL,
    notification_due DATE NOT NULL,
    producer_name VARCHAR(200),
    producer_delivered_to VARCHAR(200),
    producer_delivered_on DATE,
    assistance_to VARCHAR(200),
    assistance_sent_on DATE,
    assistance_answer VARCHAR(2000),
    assistance_answered_on DATE,
    version BIGINT NOT NULL
);

CREATE SEQUENCE producer_investigation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE producer_investigation (
    id BIGINT PRIMARY KEY,
    task_number VARCHAR(60) NOT NULL UNIQUE,
    case_id BIGINT NOT NULL UNIQUE REFERENCES disposal_case (id),
    regulator_id BIGINT NOT NULL REFERENCES organization (id),
    region_id BIGINT NOT NULL REFERENCES region (id),
    producer_name VARCHAR(200),
    producer_address VARCHAR(300),
    state VARCHAR(20) NOT NULL,
    opened_on DATE NOT NULL,
    working_days INTEGER NOT NULL,
    deadline DATE NOT NULL,
    received_on DATE,
    investigated_on DATE,
    finding VARCHAR(2000),
    measures_on DATE,
    measures VARCHAR(2000),
    closed_on DATE,
    summary VARCHAR(2000),
    last_by VARCHAR(100),
    version BIGINT NOT NULL
);
CREATE INDEX producer_investigation_reg_ix ON producer_investigation (regulator_id, state);

INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.notification.workingDays', '5', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.producerInvestigation.workingDays', '30', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('lab.seriousHazard.reportHours', '24', 0);
