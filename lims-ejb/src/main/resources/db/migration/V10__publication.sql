-- Public disclosure of results (依法公布抽检结果信息): each time a supervisor publishes an approved
-- sample's result and, later perhaps, withdraws it with a reason. Rows are never deleted, so the
-- history stays; current_sample_id holds the sample id only while the publication is live, and its
-- UNIQUE constraint (NULLs are distinct on H2 and PostgreSQL) keeps a sample published at most once
-- at a time. public_id is the only id the public ever sees.

CREATE SEQUENCE publication_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE publication (
    id BIGINT PRIMARY KEY,
    public_id VARCHAR(40) NOT NULL UNIQUE,
    sample_id BIGINT NOT NULL REFERENCES sample (id),
    current_sample_id BIGINT UNIQUE REFERENCES sample (id),
    published_by VARCHAR(50) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_on DATE NOT NULL,
    withdrawn_by VARCHAR(50),
    withdrawn_at TIMESTAMP WITH TIME ZONE,
    withdrawal_reason VARCHAR(500),
    version BIGINT NOT NULL
);
CREATE INDEX publication_sample_ix ON publication (sample_id);
CREATE INDEX publication_published_ix ON publication (published_on);
