-- Schema v4: facts about the workspace's custody that verify relies on and that must live in the database
-- itself: that the audit head file has been kept (so its absence is a deletion, not a new workspace), and for
-- an encrypted workspace the salt and first entry of the audit chain keyed with the passphrase.
-- Never edit this file once released.
CREATE TABLE custody_fact (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    fact_value  VARCHAR(256) NOT NULL
);
