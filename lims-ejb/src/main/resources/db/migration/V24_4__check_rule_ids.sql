-- The seeded record checks hold ids 1-4; the sequence's first block (allocation 50) began at 1.
ALTER SEQUENCE check_rule_seq RESTART WITH 100;
