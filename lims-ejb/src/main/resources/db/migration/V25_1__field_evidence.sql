-- What the phone's sampling form brings along with a sample (issue 17): the provisional code the
-- paper label carried until the server gave the number, the accuracy of the phone's location, and
-- the photos (sample, seal, place) and the sampled party's signature, stored with the sample.
CREATE TABLE sample_field_record (
    sample_id BIGINT NOT NULL PRIMARY KEY REFERENCES sample (id),
    provisional_code VARCHAR(40),
    location_accuracy NUMERIC(9, 1),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sample_field_record_code_ix ON sample_field_record (provisional_code);

CREATE SEQUENCE sample_evidence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sample_evidence (
    id BIGINT NOT NULL PRIMARY KEY,
    sample_id BIGINT NOT NULL REFERENCES sample (id),
    kind VARCHAR(20) NOT NULL,
    content_type VARCHAR(50) NOT NULL,
    byte_size INTEGER NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    content BYTEA NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sample_evidence_sample_ix ON sample_evidence (sample_id);
