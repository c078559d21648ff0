-- A campaign (专项抽检) carries the kind of sampling its tasks take unless the planner picks one
-- for the task (before: the plan's kind; every campaign so far was supervisory sampling).
ALTER TABLE campaign ADD COLUMN sampling_kind VARCHAR(20) DEFAULT 'SUPERVISORY' NOT NULL;
