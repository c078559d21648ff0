-- Planning (annual plans, population quotas, allocation cells, special campaigns), collection
-- tasks, and the sample form with its chain of custody and lab assignment.

CREATE SEQUENCE sampling_plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_fixed_batches_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_cell_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE campaign_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE collection_task_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sample_seq START WITH 50 INCREMENT BY 50;

-- A city's plan for a year. Decimal parameters are kept as written (text), like limits.
CREATE TABLE sampling_plan (
    id BIGINT PRIMARY KEY,
    city_id BIGINT NOT NULL REFERENCES region (id),
    plan_year INTEGER NOT NULL,
    rate_per_thousand VARCHAR(20) NOT NULL,
    municipal_share VARCHAR(20) NOT NULL,
    small_farmer_share VARCHAR(20) NOT NULL,
    blind_coding BOOLEAN NOT NULL,
    state VARCHAR(20) NOT NULL,
    approved_by VARCHAR(50),
    approved_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL,
    CONSTRAINT sampling_plan_uk UNIQUE (city_id, plan_year)
);

-- The residents figure of each county-level unit as it was when the quota was computed.
CREATE TABLE plan_unit (
    plan_id BIGINT NOT NULL REFERENCES sampling_plan (id),
    region_id BIGINT NOT NULL REFERENCES region (id),
    residents BIGINT NOT NULL,
    residents_basis VARCHAR(300) NOT NULL,
    residents_year INTEGER NOT NULL,
    quota INTEGER NOT NULL,
    PRIMARY KEY (plan_id, region_id)
);

-- National and provincial tasks arrive as fixed batch counts per unit and category.
CREATE TABLE plan_fixed_batches (
    id BIGINT PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES sampling_plan (id),
    region_id BIGINT NOT NULL REFERENCES region (id),
    sampling_level VARCHAR(20) NOT NULL,
    category_id BIGINT NOT NULL REFERENCES food_category (id),
    batches INTEGER NOT NULL,
    CONSTRAINT plan_fixed_batches_uk UNIQUE (plan_id, region_id, sampling_level, category_id),
    CONSTRAINT plan_fixed_batches_ck CHECK (batches >= 0)
);

CREATE TABLE plan_department_weight (
    plan_id BIGINT NOT NULL REFERENCES sampling_plan (id),
    department VARCHAR(30) NOT NULL,
    weight VARCHAR(20) NOT NULL,
    PRIMARY KEY (plan_id, department)
);

-- Category weights (risk and consumption) with a minimum for key categories.
CREATE TABLE plan_category_weight (
    plan_id BIGINT NOT NULL REFERENCES sampling_plan (id),
    category_id BIGINT NOT NULL REFERENCES food_category (id),
    weight VARCHAR(20) NOT NULL,
    minimum_batches INTEGER NOT NULL,
    PRIMARY KEY (plan_id, category_id)
);

CREATE TABLE plan_month_weight (
    plan_id BIGINT NOT NULL REFERENCES sampling_plan (id),
    month_no INTEGER NOT NULL,
    weight VARCHAR(20) NOT NULL,
    PRIMARY KEY (plan_id, month_no)
);

-- One cell of the allocation: unit x level x department x category x month.
CREATE TABLE plan_cell (
    id BIGINT PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES sampling_plan (id),
    region_id BIGINT NOT NULL REFERENCES region (id),
    sampling_level VARCHAR(20) NOT NULL,
    department VARCHAR(30) NOT NULL,
    category_id BIGINT NOT NULL REFERENCES food_category (id),
    month_no INTEGER NOT NULL,
    batches INTEGER NOT NULL,
    small_farmer_batches INTEGER NOT NULL,
    edited BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT plan_cell_uk UNIQUE (plan_id, region_id, sampling_level, department, category_id, month_no),
    CONSTRAINT plan_cell_ck CHECK (batches >= 0 AND small_farmer_batches >= 0 AND small_farmer_batches <= batches)
);

-- Special sampling (专项抽检) on top of the plan.
CREATE TABLE campaign (
    id BIGINT PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES sampling_plan (id),
    name VARCHAR(200) NOT NULL,
    reason VARCHAR(20) NOT NULL,
    description VARCHAR(2000),
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    created_by VARCHAR(50) NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE campaign_batches (
    campaign_id BIGINT NOT NULL REFERENCES campaign (id),
    region_id BIGINT NOT NULL REFERENCES region (id),
    category_id BIGINT NOT NULL REFERENCES food_category (id),
    batches INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, region_id, category_id),
    CONSTRAINT campaign_batches_ck CHECK (batches > 0)
);

-- A collection task for a sampling unit, made from plan cells (or a campaign).
CREATE TABLE collection_task (
    id BIGINT PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES sampling_plan (id),
    campaign_id BIGINT REFERENCES campaign (id),
    region_id BIGINT NOT NULL REFERENCES region (id),
    sampling_level VARCHAR(20) NOT NULL,
    department VARCHAR(30) NOT NULL,
    category_id BIGINT NOT NULL REFERENCES food_category (id),
    party_kind VARCHAR(30),
    sampling_unit_id BIGINT NOT NULL REFERENCES organization (id),
    batches INTEGER NOT NULL,
    due_date DATE NOT NULL,
    state VARCHAR(20) NOT NULL,
    note VARCHAR(1000),
    created_by VARCHAR(50) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT collection_task_ck CHECK (batches > 0)
);
CREATE INDEX collection_task_unit_ix ON collection_task (sampling_unit_id, state);
CREATE INDEX collection_task_plan_ix ON collection_task (plan_id);

-- Sample numbers: one counter row per prefix (unit code, year, level), locked while a number is
-- taken, in the transaction that inserts the sample: a rollback gives the number back, so
-- numbers have neither duplicates nor gaps.
CREATE TABLE sample_counter (
    prefix VARCHAR(40) PRIMARY KEY,
    last_value BIGINT NOT NULL
);

-- The sampling form (抽样单) and what happens to the sample until the lab has received it.
CREATE TABLE sample (
    id BIGINT PRIMARY KEY,
    sample_number VARCHAR(40) NOT NULL,
    blind_code VARCHAR(20),
    plan_id BIGINT REFERENCES sampling_plan (id),
    task_id BIGINT REFERENCES collection_task (id),
    outside_plan BOOLEAN NOT NULL,
    sampling_level VARCHAR(20) NOT NULL,
    department VARCHAR(30) NOT NULL,
    region_id BIGINT NOT NULL REFERENCES region (id),
    sampling_unit_id BIGINT NOT NULL REFERENCES organization (id),
    food_name VARCHAR(200) NOT NULL,
    category_id BIGINT NOT NULL REFERENCES food_category (id),
    brand VARCHAR(100),
    specification VARCHAR(100),
    batch_number VARCHAR(100),
    production_date DATE,
    shelf_life VARCHAR(50),
    quantity VARCHAR(20) NOT NULL,
    quantity_unit VARCHAR(20) NOT NULL,
    backup_quantity VARCHAR(20) NOT NULL,
    storage_condition VARCHAR(20) NOT NULL,
    producer_name VARCHAR(200),
    producer_address VARCHAR(300),
    producer_licence VARCHAR(60),
    producer_region_id BIGINT REFERENCES region (id),
    party_name VARCHAR(200) NOT NULL,
    party_kind VARCHAR(30) NOT NULL,
    party_address VARCHAR(300) NOT NULL,
    party_licence VARCHAR(60),
    party_contact VARCHAR(100),
    party_phone VARCHAR(40),
    place_address VARCHAR(300) NOT NULL,
    latitude VARCHAR(20),
    longitude VARCHAR(20),
    sampled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sampled_on DATE NOT NULL,
    sampler1_id BIGINT NOT NULL REFERENCES app_user (id),
    sampler2_id BIGINT NOT NULL REFERENCES app_user (id),
    samplers_confirmed BOOLEAN NOT NULL,
    party_confirmed BOOLEAN NOT NULL,
    party_signatory VARCHAR(100),
    seal_number VARCHAR(50) NOT NULL,
    state VARCHAR(20) NOT NULL,
    lab_id BIGINT REFERENCES organization (id),
    assigned_at TIMESTAMP WITH TIME ZONE,
    assigned_by VARCHAR(50),
    assignment_reason VARCHAR(500),
    shipped_at TIMESTAMP WITH TIME ZONE,
    ship_method VARCHAR(100),
    ship_temperature VARCHAR(20),
    delivery_due DATE NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE,
    received_by VARCHAR(50),
    receipt_condition VARCHAR(20),
    rejection_reason VARCHAR(30),
    rejection_note VARCHAR(500),
    report_due DATE,
    created_by VARCHAR(50) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT sample_number_uk UNIQUE (sample_number),
    CONSTRAINT sample_blind_code_uk UNIQUE (blind_code),
    CONSTRAINT sample_samplers_ck CHECK (sampler1_id <> sampler2_id)
);
CREATE INDEX sample_task_ix ON sample (task_id);
CREATE INDEX sample_plan_ix ON sample (plan_id, region_id, sampled_on);
CREATE INDEX sample_unit_ix ON sample (sampling_unit_id, sampled_on);
CREATE INDEX sample_lab_ix ON sample (lab_id, state);
CREATE INDEX sample_region_ix ON sample (region_id, sampled_on);
CREATE INDEX sample_category_ix ON sample (category_id);
