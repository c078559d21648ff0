-- Record checks on result items and follow-up cases too (issue 16): a rule names the kind of
-- record it reads (target SAMPLE, RESULT_ITEM or CASE; oversight.control.CheckCondition lists the
-- fields of each), and a finding the record it was raised on (record_id: the sample, the
-- sample_item or the disposal_case) besides the sample that record belongs to, which the quality
-- scores count per unit, team and lab.
ALTER TABLE check_rule ADD COLUMN target VARCHAR(20) DEFAULT 'SAMPLE' NOT NULL;
ALTER TABLE check_finding ADD COLUMN target VARCHAR(20) DEFAULT 'SAMPLE' NOT NULL;
ALTER TABLE check_finding ADD COLUMN record_id BIGINT;
UPDATE check_finding SET record_id = sample_id;
ALTER TABLE check_finding ALTER COLUMN record_id SET NOT NULL;
CREATE INDEX check_finding_record_ix ON check_finding (target, record_id, rule_id);

-- Seeded rules on result items and cases: ids 5-10 lie below the ids EclipseLink allocates
-- (check_rule_seq restarted at 100 by V24_4: its first block is 51-100).
INSERT INTO check_rule (id, code, message_zh, message_en, severity, condition_text, active, version, target)
VALUES (5, 'ITEM-1000X-LIMIT', '结果超过限量 1000 倍，请核对数值与单位', 'Result 1,000 times the limit or more: check the value and its unit', 'ERROR',
        'times_over >= 1000', TRUE, 0, 'RESULT_ITEM');
INSERT INTO check_rule (id, code, message_zh, message_en, severity, condition_text, active, version, target)
VALUES (6, 'ITEM-VALUE-BELOW-LOD', '报告值低于检出限，应报未检出', 'Value reported below the limit of detection (report it as not detected)', 'ERROR',
        'value < lod', TRUE, 0, 'RESULT_ITEM');
INSERT INTO check_rule (id, code, message_zh, message_en, severity, condition_text, active, version, target)
VALUES (7, 'ITEM-UNIT-NOT-LIMIT-UNIT', '结果单位与限量单位不一致', 'Result reported in another unit than its limit', 'WARNING',
        'result_unit != limit_unit', TRUE, 0, 'RESULT_ITEM');
INSERT INTO check_rule (id, code, message_zh, message_en, severity, condition_text, active, version, target)
VALUES (8, 'ITEM-LAB-NEVER-DETECTS', '该实验室近 180 天内此项目 10 次以上均未检出', 'The lab found nothing for this item in 10 or more results over 180 days', 'WARNING',
        'lab_item_results >= 10 and lab_item_detections = 0', TRUE, 0, 'RESULT_ITEM');
INSERT INTO check_rule (id, code, message_zh, message_en, severity, condition_text, active, version, target)
VALUES (9, 'CASE-STEP-BEFORE-RECEIVED', '核查处置步骤早于收到检验报告', 'A follow-up step dated before the report was received', 'ERROR',
        'first_step_on < case_received_on', TRUE, 0, 'CASE');
INSERT INTO check_rule (id, code, message_zh, message_en, severity, condition_text, active, version, target)
VALUES (10, 'CASE-STEP-AFTER-DEADLINE', '核查处置步骤晚于处置期限', 'A follow-up step after the disposal deadline', 'WARNING',
        'last_step_on > deadline', TRUE, 0, 'CASE');
