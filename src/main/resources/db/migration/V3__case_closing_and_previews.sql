-- Schema v3: a case can be closed (no new imports until it is reopened), and the first rows of each dataset
-- are kept as read, for a masked preview. Never edit this file once released.

-- null while the case is open
ALTER TABLE case_file ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

-- the first records of a dataset as read (values unmasked, like the column examples: output masks them);
-- goes away with its dataset, so a re-analysis that replaces the dataset replaces its preview too
CREATE TABLE dataset_preview (
    dataset_id    BIGINT                   NOT NULL PRIMARY KEY REFERENCES dataset (id) ON DELETE CASCADE,
    columns_json  VARCHAR                  NOT NULL,
    rows_json     VARCHAR                  NOT NULL,
    captured_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
