-- Kinds of sampling (SAMR Order No. 15, Art. 3): supervisory (监督抽检), risk monitoring (风险监测),
-- evaluative (评价性抽检). Everything before this migration was supervisory sampling.
--  * plans carry the kind their tasks take by default; tasks and samples carry their own;
--  * a risk-monitoring form keeps no backup sample, so the backup quantity may be empty;
--  * a follow-up records the kind of its sample and its route: the 90-day case (CASE) or the
--    risk-control follow-up of risk monitoring (RISK_CONTROL);
--  * the case facts carry the kind, so that the disposal rates count supervisory sampling;
--  * what each kind does is a setting (kind.<KIND>.<rule>), defaults from DOMAIN.md.
ALTER TABLE sampling_plan ADD COLUMN sampling_kind VARCHAR(20) DEFAULT 'SUPERVISORY' NOT NULL;
ALTER TABLE collection_task ADD COLUMN sampling_kind VARCHAR(20) DEFAULT 'SUPERVISORY' NOT NULL;
ALTER TABLE sample ADD COLUMN sampling_kind VARCHAR(20) DEFAULT 'SUPERVISORY' NOT NULL;
ALTER TABLE sample ALTER COLUMN backup_quantity DROP NOT NULL;
ALTER TABLE disposal_case ADD COLUMN sampling_kind VARCHAR(20) DEFAULT 'SUPERVISORY' NOT NULL;
ALTER TABLE disposal_case ADD COLUMN follow_up_route VARCHAR(20) DEFAULT 'CASE' NOT NULL;
ALTER TABLE disposal_case ADD COLUMN reinspection_open BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE case_fact ADD COLUMN sampling_kind VARCHAR(20) DEFAULT 'SUPERVISORY' NOT NULL;

INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.SUPERVISORY.backupSample', 'true', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.SUPERVISORY.reinspection', 'true', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.SUPERVISORY.followUp', 'CASE', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.SUPERVISORY.published', 'true', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.RISK_MONITORING.backupSample', 'false', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.RISK_MONITORING.reinspection', 'false', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.RISK_MONITORING.followUp', 'RISK_CONTROL', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.RISK_MONITORING.followUpDays', '30', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.RISK_MONITORING.published', 'false', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.EVALUATIVE.backupSample', 'true', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.EVALUATIVE.reinspection', 'true', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.EVALUATIVE.followUp', 'CASE', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('kind.EVALUATIVE.published', 'true', 0);
