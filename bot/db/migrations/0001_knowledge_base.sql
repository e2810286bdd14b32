-- The knowledge base: articles read from seeds/ and the facts extracted from each.
-- Every fact row belongs to the article it came from and goes with it (ON DELETE CASCADE).
-- Names in fact rows are keys (folded spellings); people and characters are derived from
-- them by name reconciliation and rebuilt whenever the set of names changes.

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    file_name         TEXT    NOT NULL UNIQUE,
    content_hash      TEXT    NOT NULL,
    file_size         INTEGER NOT NULL,
    file_mtime_ns     INTEGER NOT NULL,
    published         TEXT,           -- ISO date; NULL when the file had no usable date line
    title             TEXT,
    lede              TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    ingested_at       TEXT    NOT NULL
) STRICT;

CREATE INDEX articles_by_published ON articles (published DESC, id DESC);

-- Every name an article uses for a person or a character, as written there.
CREATE TABLE mentions (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('person', 'character')),
    name_key    TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    PRIMARY KEY (article_id, kind, name_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX mentions_by_key ON mentions (kind, name_key);

CREATE TABLE roles (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_key      TEXT    NOT NULL,
    character_key  TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('current', 'former')),
    evidence       TEXT    NOT NULL,
    UNIQUE (article_id, actor_key, character_key, status)
) STRICT;

CREATE INDEX roles_by_character ON roles (character_key);
CREATE INDEX roles_by_actor ON roles (actor_key);

CREATE TABLE crew_credits (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_key  TEXT    NOT NULL,
    role        TEXT    NOT NULL,
    evidence    TEXT    NOT NULL,
    UNIQUE (article_id, person_key, role)
) STRICT;

CREATE INDEX crew_credits_by_person ON crew_credits (person_key);

CREATE TABLE release_statements (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('not_announced', 'window', 'premiere_date',
                                                  'title', 'filming_planned', 'filming_started',
                                                  'filming_wrapped')),
    date        TEXT,
    period      TEXT,           -- ISO 8601 interval: "2026", "2025-06/2025-08"
    title       TEXT,
    hedged      INTEGER NOT NULL DEFAULT 0 CHECK (hedged IN (0, 1)),
    evidence    TEXT    NOT NULL
) STRICT;

CREATE INDEX release_statements_by_kind ON release_statements (kind, article_id);

-- AUTOINCREMENT: a quote's number is never reused, even after its article is retracted.
CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    speaker_key     TEXT,             -- a person's name key; NULL for organisations, unnamed sources
    speaker_label   TEXT    NOT NULL, -- the speaker as the article names them
    attribution     TEXT    NOT NULL,
    fragment        INTEGER NOT NULL CHECK (fragment IN (0, 1)),
    UNIQUE (article_id, text)
) STRICT;

CREATE INDEX quotes_by_speaker ON quotes (speaker_key);

-- Derived by name reconciliation from mentions; rebuilt as a whole, never edited by hand.
CREATE TABLE people (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL
) STRICT;

CREATE TABLE person_names (
    name_key   TEXT    PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX person_names_by_person ON person_names (person_id);

CREATE TABLE characters (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL
) STRICT;

CREATE TABLE character_names (
    name_key      TEXT    PRIMARY KEY,
    character_id  INTEGER NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX character_names_by_character ON character_names (character_id);

-- Small facts about the knowledge base itself (e.g. whether names need reconciling).
CREATE TABLE knowledge_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Full-text search over articles and quotes, kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, lede, body, content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, lede, body)
    VALUES (new.id, coalesce(new.title, ''), new.lede, new.body);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, lede, body)
    VALUES ('delete', old.id, coalesce(old.title, ''), old.lede, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, lede, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, lede, body)
    VALUES ('delete', old.id, coalesce(old.title, ''), old.lede, old.body);
    INSERT INTO articles_fts (rowid, title, lede, body)
    VALUES (new.id, coalesce(new.title, ''), new.lede, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, content = 'quotes', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
