-- The allocation's totals stored with the plan (issue 10, write paths): per unit x level x
-- department x top-level category, the target the allocator computed from the inputs (campaigns
-- included) and the batches the cells hold. Targets change only when the inputs do; the planned
-- batches follow every cell edit. Reading a plan, its broken totals or approving it then needs no
-- allocator run and no sum over the cells. Existing plans get their rows on first read.
CREATE SEQUENCE plan_total_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE plan_total (
    id BIGINT PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES sampling_plan (id),
    region_id BIGINT NOT NULL REFERENCES region (id),
    sampling_level VARCHAR(20) NOT NULL,
    department VARCHAR(30) NOT NULL,
    category_id BIGINT NOT NULL REFERENCES food_category (id),
    target INTEGER NOT NULL,
    planned INTEGER NOT NULL,
    CONSTRAINT plan_total_uk UNIQUE (plan_id, region_id, sampling_level, department, category_id)
);
