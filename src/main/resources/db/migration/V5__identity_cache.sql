-- Rows of the evidence tables take their ids from identity sequences that H2 wrote back every 32 values, each
-- time with a commit of its own: an import of 2,000 small files (about 20,000 rows) spent 6% of its CPU there and
-- grew the file with every write-back. Ids stay unique; a crash may leave a gap in them, which nothing reads.
ALTER TABLE evidence_file ALTER COLUMN id SET CACHE 1024;
ALTER TABLE dataset ALTER COLUMN id SET CACHE 1024;
ALTER TABLE column_profile ALTER COLUMN id SET CACHE 1024;
ALTER TABLE entity_count ALTER COLUMN id SET CACHE 1024;
