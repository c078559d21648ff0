-- Audit sampling (抽检数据考核, issue 16): a supervisor draws a reproducible random sample of a
-- period's records, stratified by unit, sampling team or lab (oversight.control.AuditDraw); the
-- reviewers score each drawn record against the checklist (audit_check_item: each item 0..max).
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_record_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_check_item (
    code VARCHAR(40) PRIMARY KEY,
    item_order INTEGER NOT NULL,
    text_zh VARCHAR(300) NOT NULL,
    text_en VARCHAR(300) NOT NULL,
    max_score INTEGER NOT NULL
);
INSERT INTO audit_check_item VALUES ('SAMPLE-INFO', 1, '抽样信息完整、准确（抽样单、被抽样单位、生产者）', 'Sampling information complete and right (form, sampled party, producer)', 10);
INSERT INTO audit_check_item VALUES ('CATEGORY-ITEMS', 2, '食品类别与检验项目一致', 'Food category matches the test items', 10);
INSERT INTO audit_check_item VALUES ('METHODS', 3, '检验方法、限量标准正确', 'Test methods and limit standards right', 10);
INSERT INTO audit_check_item VALUES ('VERDICT', 4, '结果判定正确、单位一致', 'Verdicts right, units consistent', 10);
INSERT INTO audit_check_item VALUES ('DOCUMENTS', 5, '文书、照片、签名齐全', 'Papers, photos and signatures complete', 10);

CREATE TABLE audit (
    id BIGINT PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    from_date DATE NOT NULL,
    to_date DATE NOT NULL,
    request_key VARCHAR(1000) NOT NULL,
    stratified_by VARCHAR(10) NOT NULL,
    seed BIGINT NOT NULL,
    sample_size INTEGER NOT NULL,
    population INTEGER NOT NULL,
    region_id BIGINT,
    created_by VARCHAR(50) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE audit_record (
    id BIGINT PRIMARY KEY,
    audit_id BIGINT NOT NULL REFERENCES audit (id),
    sample_id BIGINT NOT NULL REFERENCES sample (id),
    stratum BIGINT NOT NULL,
    region_id BIGINT NOT NULL,
    team_id BIGINT,
    lab_id BIGINT,
    reviewer VARCHAR(50),
    reviewed_at TIMESTAMP WITH TIME ZONE,
    total_score INTEGER,
    max_score INTEGER,
    note VARCHAR(500),
    version BIGINT NOT NULL,
    CONSTRAINT audit_record_uk UNIQUE (audit_id, sample_id)
);

CREATE TABLE audit_score (
    record_id BIGINT NOT NULL REFERENCES audit_record (id),
    item_code VARCHAR(40) NOT NULL,
    score INTEGER NOT NULL,
    PRIMARY KEY (record_id, item_code)
);
