-- An objection (异议) gets the acceptance step of a re-inspection application: the regulator
-- accepts it for review (受理) or refuses it with a reason (不予受理, the step's note) within
-- case.request.objectionDecisionDays working days of receiving it (default 5: DOMAIN.md gives no
-- figure of its own for objections, the window of a re-inspection application, Art. 32, is taken);
-- only an accepted objection is decided on its merits.
ALTER TABLE disposal_case ADD COLUMN objection_accepted_on DATE;
ALTER TABLE disposal_case ADD COLUMN objection_refused_on DATE;

-- an objection decided before this migration was reviewed: take it as accepted when raised
UPDATE disposal_case SET objection_accepted_on = objection_raised_on
 WHERE objection_decided_on IS NOT NULL;

INSERT INTO lims_setting (name, setting_value, version) VALUES ('case.request.objectionDecisionDays', '5', 0);
