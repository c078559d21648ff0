-- Idempotency-Key of POST requests: the first answer, kept with the caller, the key and a hash of
-- the request, written in the same transaction as the change it answers.
CREATE TABLE idempotent_request (
    caller VARCHAR(50) NOT NULL,
    idem_key VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    status INTEGER,
    content_type VARCHAR(200),
    location VARCHAR(1000),
    body BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotent_request_created_ix ON idempotent_request (created_at);
