-- Limits per address (你点我检, failed sign-ins) see the client behind a balancer: X-Forwarded-For
-- is believed only from these peers. Loopback by default: the cluster's HAProxy runs on the host.
INSERT INTO lims_setting (name, setting_value, version) VALUES ('proxy.trustedAddresses', '127.0.0.1,::1', 0);
