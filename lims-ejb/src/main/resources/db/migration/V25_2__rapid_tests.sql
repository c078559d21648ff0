-- Rapid tests (快检) in markets (issue 17): markets and their testing points, the rapid-test kits
-- (method and the item they screen for), and each rapid test. A positive holds the batch and is
-- confirmed by a certified laboratory on a proper sample: the collection task it creates is kept
-- with the test (the sample and its conclusion are found through the task).
CREATE SEQUENCE market_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE market (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(30) NOT NULL UNIQUE,
    name VARCHAR(200) NOT NULL,
    address VARCHAR(300),
    region_id BIGINT NOT NULL REFERENCES region (id),
    sampling_unit_id BIGINT NOT NULL REFERENCES organization (id),
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL
);

CREATE SEQUENCE testing_point_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE testing_point (
    id BIGINT NOT NULL PRIMARY KEY,
    market_id BIGINT NOT NULL REFERENCES market (id),
    name VARCHAR(200) NOT NULL,
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX testing_point_market_ix ON testing_point (market_id);

-- the seeded kits hold ids 1-5: EclipseLink takes the block below each value (51-100 first)
CREATE SEQUENCE rapid_kit_seq START WITH 100 INCREMENT BY 50;
CREATE TABLE rapid_kit (
    id BIGINT NOT NULL PRIMARY KEY,
    code VARCHAR(40) NOT NULL UNIQUE,
    name VARCHAR(200) NOT NULL,
    item VARCHAR(200) NOT NULL,
    method VARCHAR(200) NOT NULL,
    maker VARCHAR(200),
    active BOOLEAN NOT NULL,
    version BIGINT NOT NULL
);
-- common kits (the methods of the SAMR rapid-test method notices and GB/T 5009.199)
INSERT INTO rapid_kit (id, code, name, item, method, maker, active, version) VALUES
 (1, 'KJ-OP', '农药残留速测卡', '有机磷和氨基甲酸酯类农药', '酶抑制率法（GB/T 5009.199）', NULL, TRUE, 0),
 (2, 'KJ-CLB', '克伦特罗胶体金试纸条', '克伦特罗', '胶体金免疫层析法（KJ 201706）', NULL, TRUE, 0),
 (3, 'KJ-SO2', '二氧化硫快速检测试剂盒', '二氧化硫', '比色法（KJ 201905）', NULL, TRUE, 0),
 (4, 'KJ-HCHO', '甲醛快速检测试剂盒', '甲醛', '比色法（KJ 201907）', NULL, TRUE, 0),
 (5, 'KJ-MG', '孔雀石绿胶体金试纸条', '孔雀石绿', '胶体金免疫层析法（KJ 201701）', NULL, TRUE, 0);

CREATE SEQUENCE rapid_test_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rapid_test (
    id BIGINT NOT NULL PRIMARY KEY,
    market_id BIGINT NOT NULL REFERENCES market (id),
    point_id BIGINT REFERENCES testing_point (id),
    stall VARCHAR(100) NOT NULL,
    operator_name VARCHAR(100) NOT NULL,
    food_name VARCHAR(200) NOT NULL,
    category_id BIGINT NOT NULL REFERENCES food_category (id),
    kit_id BIGINT NOT NULL REFERENCES rapid_kit (id),
    item VARCHAR(200) NOT NULL,
    method VARCHAR(200) NOT NULL,
    result VARCHAR(20) NOT NULL,
    tester VARCHAR(100) NOT NULL,
    tested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    objection_until TIMESTAMP WITH TIME ZONE,
    batch_held BOOLEAN NOT NULL,
    confirmation_task_id BIGINT REFERENCES collection_task (id),
    source VARCHAR(10) NOT NULL,
    recorded_by VARCHAR(50) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rapid_test_market_ix ON rapid_test (market_id, tested_at);
CREATE INDEX rapid_test_task_ix ON rapid_test (confirmation_task_id);

INSERT INTO lims_setting (name, setting_value, version) VALUES ('rapid.objectionHours', '4', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('rapid.positiveRateFloor', '0.5', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('rapid.confirmationDueDays', '3', 0);
