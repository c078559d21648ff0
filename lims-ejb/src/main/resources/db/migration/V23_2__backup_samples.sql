-- Backup samples (留样, SAMR Order No. 15, Art. 25): what the laboratory's store holds for a
-- possible re-inspection, where, how much and in what condition; when it may be disposed of (3
-- months after a conforming conclusion, 6 after a non-conforming one, or the end of the food's
-- shelf life if earlier; not while a re-inspection or objection is pending); taken out for a
-- re-inspection (chain of custody to the re-inspection lab); disposed of (how, by whom, witness).
CREATE SEQUENCE backup_sample_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE backup_sample (
    id BIGINT PRIMARY KEY,
    sample_id BIGINT NOT NULL REFERENCES sample (id),
    lab_id BIGINT NOT NULL REFERENCES organization (id),
    store VARCHAR(100) NOT NULL,
    shelf VARCHAR(50) NOT NULL,
    quantity VARCHAR(40) NOT NULL,
    quantity_unit VARCHAR(20) NOT NULL,
    item_condition VARCHAR(20) NOT NULL,
    shelf_life_end DATE,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    conclusion_on DATE,
    conforming BOOLEAN,
    retention_end DATE,
    state VARCHAR(20) NOT NULL,
    taken_out_on DATE,
    taken_out_by VARCHAR(100),
    custody_lab_id BIGINT REFERENCES organization (id),
    custody_receiver VARCHAR(100),
    disposed_on DATE,
    disposed_how VARCHAR(200),
    disposed_by VARCHAR(100),
    witness VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT backup_sample_uk UNIQUE (sample_id)
);
CREATE INDEX backup_sample_lab_ix ON backup_sample (lab_id, state, retention_end);
