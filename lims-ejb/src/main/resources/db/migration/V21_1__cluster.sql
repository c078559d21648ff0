-- Running on more than one application server (a Payara deployment group, issue 18).
--
-- timer_claim: a scheduled job (the daily deadline sweep) fires on every instance of the group; the
-- first instance to insert the row of a time slot runs it, the others find the key taken and skip.
-- The primary key makes that decision, not the application servers.
CREATE TABLE timer_claim (
    name VARCHAR(40) NOT NULL,
    slot TIMESTAMP WITH TIME ZONE NOT NULL,
    instance VARCHAR(100) NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, slot)
);

-- cache_generation: each cache kept in an instance's memory (the working-day calendar, recently
-- checked passwords) has a counter here that is raised in the same transaction as the change; every
-- instance compares it with the counter its cache was built at (read at most once a second), so a
-- change made through one instance reaches the caches of all of them.
CREATE TABLE cache_generation (
    name VARCHAR(40) PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO cache_generation (name, generation) VALUES ('calendar', 0);
INSERT INTO cache_generation (name, generation) VALUES ('credentials', 0);

-- export jobs: which instance builds the file, and when it last said it still does; a job whose
-- instance has been silent for a minute died with it and is failed, so its user can start again.
ALTER TABLE export_job ADD COLUMN runner VARCHAR(100);
ALTER TABLE export_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
