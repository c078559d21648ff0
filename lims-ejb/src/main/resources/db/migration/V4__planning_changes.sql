-- Planning: a special campaign (专项抽检) is ordered by a level and sampled by a department; its
-- batches come on top of the plan at that level and department (the city's market regulation
-- unless the planner says otherwise).
ALTER TABLE campaign ADD COLUMN sampling_level VARCHAR(20) DEFAULT 'MUNICIPAL' NOT NULL;
ALTER TABLE campaign ADD COLUMN department VARCHAR(30) DEFAULT 'MARKET_REGULATION' NOT NULL;

CREATE INDEX plan_fixed_batches_plan_ix ON plan_fixed_batches (plan_id);
CREATE INDEX campaign_plan_ix ON campaign (plan_id);
