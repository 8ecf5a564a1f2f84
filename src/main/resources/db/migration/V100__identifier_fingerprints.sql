-- Keyed hashes (HMAC-SHA-256 with the workspace's own secret) of the normalised identifiers of each case,
-- to find samples recycled from earlier cases. Raw identifiers are never stored.
-- Numbered 100 so that the schema owner's V2..V99 stay free; never edit this file once released.

CREATE TABLE workspace_secret (
    name          VARCHAR(64)   NOT NULL PRIMARY KEY,
    secret_value  VARBINARY(64) NOT NULL
);

CREATE TABLE identifier_fingerprint (
    case_id      VARCHAR(36)  NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    id_type      VARCHAR(16)  NOT NULL,
    fingerprint  BINARY(32)   NOT NULL,
    prefix       BIGINT       NOT NULL,   -- first four bytes, unsigned: sampled sets keep prefix < 2^(32 - level)
    PRIMARY KEY (case_id, id_type, fingerprint)
);
CREATE INDEX identifier_fingerprint_lookup ON identifier_fingerprint (id_type, fingerprint);

-- 0 when every distinct identifier of the type is stored; k when only those with k leading zero bits are
CREATE TABLE identifier_sampling (
    case_id       VARCHAR(36) NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    id_type       VARCHAR(16) NOT NULL,
    sample_level  INT         NOT NULL,
    PRIMARY KEY (case_id, id_type)
);
