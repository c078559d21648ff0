-- Platform schema: master data, users and the audit trail. The same file runs on H2 and
-- PostgreSQL. Ids come from sequences that EclipseLink pre-allocates by 50 (START and INCREMENT
-- must both be the allocation size); seeded rows use explicit ids below 1000.

CREATE SEQUENCE region_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE organization_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE food_category_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE test_item_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE calendar_day_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE audit_record_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE region (
    id BIGINT PRIMARY KEY,
    code VARCHAR(12) NOT NULL,
    name VARCHAR(100) NOT NULL,
    name_en VARCHAR(100),
    kind VARCHAR(20) NOT NULL,
    unit_type VARCHAR(30),
    parent_id BIGINT REFERENCES region (id),
    residents BIGINT NOT NULL,
    residents_basis VARCHAR(300) NOT NULL,
    residents_year INTEGER NOT NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT region_code_uk UNIQUE (code),
    CONSTRAINT region_residents_ck CHECK (residents > 0)
);
CREATE INDEX region_parent_ix ON region (parent_id);

CREATE TABLE food_category (
    id BIGINT PRIMARY KEY,
    code VARCHAR(30) NOT NULL,
    name VARCHAR(100) NOT NULL,
    name_en VARCHAR(150),
    parent_id BIGINT REFERENCES food_category (id),
    depth INTEGER NOT NULL,
    key_category BOOLEAN NOT NULL,
    sort_order INTEGER NOT NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT food_category_code_uk UNIQUE (code)
);
CREATE INDEX food_category_parent_ix ON food_category (parent_id);

CREATE TABLE test_item (
    id BIGINT PRIMARY KEY,
    code VARCHAR(30) NOT NULL,
    analyte VARCHAR(200) NOT NULL,
    analyte_en VARCHAR(200),
    method_standard VARCHAR(200),
    unit VARCHAR(20) NOT NULL,
    limit_operator VARCHAR(20) NOT NULL,
    limit_value VARCHAR(40),
    limit_upper VARCHAR(40),
    lod VARCHAR(40),
    limit_standard VARCHAR(100) NOT NULL,
    standard_edition VARCHAR(20),
    comparison VARCHAR(20) NOT NULL,
    microbiological BOOLEAN NOT NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT test_item_code_uk UNIQUE (code)
);

CREATE TABLE test_item_category (
    test_item_id BIGINT NOT NULL REFERENCES test_item (id),
    food_category_id BIGINT NOT NULL REFERENCES food_category (id),
    PRIMARY KEY (test_item_id, food_category_id)
);
CREATE INDEX test_item_category_cat_ix ON test_item_category (food_category_id);

CREATE TABLE organization (
    id BIGINT PRIMARY KEY,
    code VARCHAR(30) NOT NULL,
    name VARCHAR(200) NOT NULL,
    name_en VARCHAR(200),
    kind VARCHAR(20) NOT NULL,
    department VARCHAR(30),
    region_id BIGINT NOT NULL REFERENCES region (id),
    parent_id BIGINT REFERENCES organization (id),
    accreditation_number VARCHAR(60),
    weekly_capacity INTEGER,
    address VARCHAR(300),
    phone VARCHAR(40),
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT organization_code_uk UNIQUE (code)
);
CREATE INDEX organization_region_ix ON organization (region_id);
CREATE INDEX organization_parent_ix ON organization (parent_id);

CREATE TABLE lab_scope_category (
    organization_id BIGINT NOT NULL REFERENCES organization (id),
    food_category_id BIGINT NOT NULL REFERENCES food_category (id),
    PRIMARY KEY (organization_id, food_category_id)
);

CREATE TABLE lab_scope_test_item (
    organization_id BIGINT NOT NULL REFERENCES organization (id),
    test_item_id BIGINT NOT NULL REFERENCES test_item (id),
    PRIMARY KEY (organization_id, test_item_id)
);

CREATE TABLE calendar_day (
    id BIGINT PRIMARY KEY,
    calendar_date DATE NOT NULL,
    kind VARCHAR(10) NOT NULL,
    name VARCHAR(50) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT calendar_day_uk UNIQUE (calendar_date)
);

CREATE TABLE app_user (
    id BIGINT PRIMARY KEY,
    username VARCHAR(50) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    organization_id BIGINT NOT NULL REFERENCES organization (id),
    locale VARCHAR(10),
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT app_user_username_uk UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    role VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Append-only: the application only ever inserts here.
CREATE TABLE audit_record (
    id BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor VARCHAR(50) NOT NULL,
    action VARCHAR(30) NOT NULL,
    entity_type VARCHAR(50) NOT NULL,
    entity_id BIGINT NOT NULL,
    field VARCHAR(100),
    old_value VARCHAR(4000),
    new_value VARCHAR(4000),
    reason VARCHAR(1000)
);
CREATE INDEX audit_record_entity_ix ON audit_record (entity_type, entity_id);
