-- Record checks (抽检数据抽查, issue 16): rules an administrator maintains (a code, a message in
-- Chinese and English, a severity and a condition over a whitelisted set of a sample's fields,
-- see oversight.control.CheckCondition), and the findings they raise on samples. A finding stays
-- OPEN until a re-check finds the record corrected (RESOLVED) or a supervisor accepts it with a
-- reason (ACCEPTED); the unit, team and lab are copied for the quality scores.
CREATE SEQUENCE check_rule_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE check_finding_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE check_rule (
    id BIGINT PRIMARY KEY,
    code VARCHAR(40) NOT NULL UNIQUE,
    message_zh VARCHAR(300) NOT NULL,
    message_en VARCHAR(300) NOT NULL,
    severity VARCHAR(20) NOT NULL,
    condition_text VARCHAR(1000) NOT NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE check_finding (
    id BIGINT PRIMARY KEY,
    rule_id BIGINT NOT NULL REFERENCES check_rule (id),
    sample_id BIGINT NOT NULL REFERENCES sample (id),
    region_id BIGINT NOT NULL,
    team_id BIGINT,
    lab_id BIGINT,
    severity VARCHAR(20) NOT NULL,
    state VARCHAR(20) NOT NULL,
    found_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at TIMESTAMP WITH TIME ZONE,
    closed_by VARCHAR(50),
    reason VARCHAR(500),
    version BIGINT NOT NULL
);
CREATE INDEX check_finding_sample_ix ON check_finding (sample_id, rule_id);
CREATE INDEX check_finding_state_ix ON check_finding (state, region_id);

INSERT INTO check_rule (id, code, message_zh, message_en, severity, condition_text, active, version)
VALUES (1, 'DATE-RECEIVED-BEFORE-SAMPLED', '收样日期早于抽样日期', 'Received before it was sampled', 'ERROR',
        'received_on < sampled_on', TRUE, 0);
INSERT INTO check_rule (id, code, message_zh, message_en, severity, condition_text, active, version)
VALUES (2, 'DATE-PRODUCED-AFTER-SAMPLED', '生产日期晚于抽样日期', 'Produced after it was sampled', 'ERROR',
        'production_date > sampled_on', TRUE, 0);
INSERT INTO check_rule (id, code, message_zh, message_en, severity, condition_text, active, version)
VALUES (3, 'PARTY-LICENCE-MISSING', '被抽样单位许可证号缺失', 'Sampled party without a licence number', 'WARNING',
        'party_licence is empty', TRUE, 0);
INSERT INTO check_rule (id, code, message_zh, message_en, severity, condition_text, active, version)
VALUES (4, 'REPORT-LATE', '检验报告超过 20 个工作日', 'Report after more than 20 working days', 'WARNING',
        'working_days > 20', TRUE, 0);
