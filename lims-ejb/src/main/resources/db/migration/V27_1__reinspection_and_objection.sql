-- Re-inspection and objection in full (SAMR Order No. 15, Arts. 32-35):
--  * the regulator accepts or refuses a re-inspection application (refusal with a reason, in the
--    step's note), within 5 working days of receiving it;
--  * the re-inspection lab is designated within 5 working days of acceptance, +5 only with a
--    recorded cause (case_step.delay_cause);
--  * an objection (异议) about the sampling procedure, the test method or the standard is its own
--    request with its own outcome (upheld, which overturns the conclusion, or rejected).
-- The windows are settings.
ALTER TABLE disposal_case ADD COLUMN request_accepted_on DATE;
ALTER TABLE disposal_case ADD COLUMN request_refused_on DATE;
ALTER TABLE disposal_case ADD COLUMN objection_raised_on DATE;
ALTER TABLE disposal_case ADD COLUMN objection_ground VARCHAR(30);
ALTER TABLE disposal_case ADD COLUMN objection_decided_on DATE;
ALTER TABLE disposal_case ADD COLUMN objection_outcome VARCHAR(20);
ALTER TABLE case_step ADD COLUMN objection_ground VARCHAR(30);
ALTER TABLE case_step ADD COLUMN objection_outcome VARCHAR(20);
ALTER TABLE case_step ADD COLUMN delay_cause VARCHAR(1000);

-- a designation recorded before this migration followed the request: take it as accepted then
UPDATE disposal_case SET request_accepted_on = reinspection_requested_on
 WHERE designated_on IS NOT NULL AND reinspection_kind = 'REINSPECTION';

INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.request.decisionDays', '5', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.request.designationDays', '5', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.request.designationExtraDays', '5', 0);
