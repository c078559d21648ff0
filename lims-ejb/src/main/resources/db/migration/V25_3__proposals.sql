-- "你点我检" (you pick, we test, issue 17): residents propose a food or a place to sample and vote
-- for proposals on the public page, without sign-in; each address is limited and answers a small
-- challenge (single use) against floods; a planner accepts proposals into a special campaign with
-- its batches (the unit and category each proposal is sampled in) or declines them with a reason,
-- and the campaign's samples and published results answer the proposal.
CREATE SEQUENCE proposal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE proposal (
    id BIGINT NOT NULL PRIMARY KEY,
    kind VARCHAR(10) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    place VARCHAR(200),
    reason VARCHAR(500),
    state VARCHAR(20) NOT NULL,
    votes INTEGER NOT NULL,
    author_key VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    campaign_id BIGINT REFERENCES campaign (id),
    region_id BIGINT REFERENCES region (id),
    category_id BIGINT REFERENCES food_category (id),
    review_note VARCHAR(500),
    reviewed_by VARCHAR(50),
    reviewed_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL
);
CREATE INDEX proposal_state_ix ON proposal (state, votes);
CREATE INDEX proposal_author_ix ON proposal (author_key, created_at);

CREATE TABLE proposal_vote (
    proposal_id BIGINT NOT NULL REFERENCES proposal (id),
    voter_key VARCHAR(64) NOT NULL,
    voted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (proposal_id, voter_key)
);
CREATE INDEX proposal_vote_voter_ix ON proposal_vote (voter_key, voted_at);

CREATE TABLE proposal_challenge (
    token VARCHAR(64) NOT NULL PRIMARY KEY,
    answer INTEGER NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX proposal_challenge_expiry_ix ON proposal_challenge (expires_at);

INSERT INTO lims_setting (name, setting_value, version) VALUES ('proposal.maxPerAddressPerDay', '3', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('proposal.maxVotesPerAddressPerHour', '20', 0);
