-- Right, or silent: every fact keeps how sure the extractor was (confidence in [0, 1], and in
-- a few words why it doubted) and whether members may be told it (served). A fact the
-- extractor was unsure of is stored, held back (served = 0) for moderators to review, and
-- never used in an answer or an alert. Facts stored before this migration were all served;
-- ingestion re-extracts every article once when the extractor changes.

ALTER TABLE roles ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
ALTER TABLE roles ADD COLUMN doubt TEXT NOT NULL DEFAULT '';
ALTER TABLE roles ADD COLUMN served INTEGER NOT NULL DEFAULT 1 CHECK (served IN (0, 1));

ALTER TABLE crew_credits ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
ALTER TABLE crew_credits ADD COLUMN doubt TEXT NOT NULL DEFAULT '';
ALTER TABLE crew_credits ADD COLUMN served INTEGER NOT NULL DEFAULT 1 CHECK (served IN (0, 1));

ALTER TABLE release_statements ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
ALTER TABLE release_statements ADD COLUMN doubt TEXT NOT NULL DEFAULT '';
ALTER TABLE release_statements ADD COLUMN served INTEGER NOT NULL DEFAULT 1
    CHECK (served IN (0, 1));

ALTER TABLE quotes ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
ALTER TABLE quotes ADD COLUMN doubt TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN served INTEGER NOT NULL DEFAULT 1 CHECK (served IN (0, 1));
-- Who a quotation comes from: only a 'person' source has a speaker_key and is ever credited to
-- a person; 'unattributed' quotes have an empty speaker_label.
ALTER TABLE quotes ADD COLUMN source TEXT NOT NULL DEFAULT 'person'
    CHECK (source IN ('person', 'organisation', 'unnamed', 'unattributed'));
UPDATE quotes SET source = 'organisation' WHERE speaker_key IS NULL;
