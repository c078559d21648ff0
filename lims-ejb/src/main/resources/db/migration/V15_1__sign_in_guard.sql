-- Sign-in failures per account (progressive delay, temporary lock, admin unlock) and the
-- security settings: session time-outs, lock-out and the password policy.
CREATE TABLE sign_in_guard (
    user_id BIGINT PRIMARY KEY REFERENCES app_user (id),
    failures INTEGER NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE,
    locked_until TIMESTAMP WITH TIME ZONE
);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('security.session.idleMinutes', '30', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('security.session.absoluteMinutes', '720', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('security.signIn.maxFailures', '5', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('security.signIn.lockMinutes', '15', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('security.signIn.addressMaxFailures', '50', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('security.password.minLength', '8', 0);
INSERT INTO lims_setting (name, setting_value, version) VALUES ('security.password.minClasses', '2', 0);
