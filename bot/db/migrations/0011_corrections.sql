-- Moderators review and correct what the bot learnt.
--
-- Every fact has a stable id (cast-12, crew-3, release-5, quote-7) given by its identity: the
-- article file, the kind and the normalised content (bot/corrections.py content_key). A
-- quote's id is its /quote number (quotes.id); the other kinds carry theirs in fact_id. New
-- ids are the next of their kind's counter (fact_numbers), so an id is never reused. A fact
-- row holds its own identity; before rows are deleted (an article re-read or removed) their
-- identities are kept in fact_keys, where the same fact finds its id again when it comes back.
--
-- Corrections live apart from the facts and are applied on top of them whenever an article's
-- facts are written: they decide which facts are served and who said a quote (corrected = 1
-- marks a fact a correction applies to). A moderator's casting and a merge of two names are
-- corrections of their own, applied when people and characters are derived.

CREATE TABLE fact_keys (
    file_name  TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('cast', 'crew', 'release', 'quote')),
    content    TEXT    NOT NULL,
    number     INTEGER NOT NULL,
    PRIMARY KEY (file_name, kind, content)
) STRICT, WITHOUT ROWID;

CREATE UNIQUE INDEX fact_keys_by_number ON fact_keys (kind, number);

-- The last id given to each kind of fact.
CREATE TABLE fact_numbers (
    kind  TEXT    PRIMARY KEY CHECK (kind IN ('cast', 'crew', 'release', 'quote')),
    last  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

ALTER TABLE roles ADD COLUMN fact_id INTEGER;
ALTER TABLE roles ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1));
ALTER TABLE roles ADD COLUMN actor_name TEXT NOT NULL DEFAULT '';
ALTER TABLE roles ADD COLUMN character_name TEXT NOT NULL DEFAULT '';
ALTER TABLE crew_credits ADD COLUMN fact_id INTEGER;
ALTER TABLE crew_credits ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0
    CHECK (corrected IN (0, 1));
ALTER TABLE crew_credits ADD COLUMN person_name TEXT NOT NULL DEFAULT '';
ALTER TABLE release_statements ADD COLUMN fact_id INTEGER;
ALTER TABLE release_statements ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0
    CHECK (corrected IN (0, 1));
ALTER TABLE quotes ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1));

-- The facts stored so far get their ids in the order they were stored; quotes keep their
-- numbers. The content keys are the ones bot/corrections.py content_key computes (and
-- bot/db/fact_rows.py CONTENT_SQL, on stored rows).
INSERT INTO fact_keys (kind, number, file_name, content)
SELECT 'cast', row_number() OVER (ORDER BY min(r.id)), a.file_name,
       r.actor_key || '|' || r.character_key || '|' || r.status
FROM roles AS r JOIN articles AS a ON a.id = r.article_id
GROUP BY a.file_name, r.actor_key, r.character_key, r.status;

INSERT INTO fact_keys (kind, number, file_name, content)
SELECT 'crew', row_number() OVER (ORDER BY min(cc.id)), a.file_name,
       cc.person_key || '|' || cc.role
FROM crew_credits AS cc JOIN articles AS a ON a.id = cc.article_id
GROUP BY a.file_name, cc.person_key, cc.role;

INSERT INTO fact_keys (kind, number, file_name, content)
SELECT 'release', row_number() OVER (ORDER BY min(rs.id)), a.file_name,
       rs.kind || '|' || ifnull(rs.date, '') || '|' || ifnull(rs.period, '') || '|'
       || ifnull(rs.title, '') || '|' || rs.hedged
FROM release_statements AS rs JOIN articles AS a ON a.id = rs.article_id
GROUP BY 3, 4;

INSERT INTO fact_keys (kind, number, file_name, content)
SELECT 'quote', q.id, a.file_name, q.text
FROM quotes AS q JOIN articles AS a ON a.id = q.article_id;

-- Quotes are numbered past every quote number ever given (AUTOINCREMENT's sequence).
INSERT INTO fact_numbers (kind, last)
SELECT kind.value, max(ifnull((SELECT max(number) FROM fact_keys WHERE kind = kind.value), 0),
                       ifnull((SELECT seq FROM sqlite_sequence
                               WHERE name = 'quotes' AND kind.value = 'quote'), 0))
FROM json_each('["cast", "crew", "release", "quote"]') AS kind;

UPDATE roles SET fact_id = (
    SELECT f.number FROM fact_keys AS f JOIN articles AS a ON a.file_name = f.file_name
    WHERE a.id = roles.article_id AND f.kind = 'cast'
      AND f.content = roles.actor_key || '|' || roles.character_key || '|' || roles.status
);
UPDATE crew_credits SET fact_id = (
    SELECT f.number FROM fact_keys AS f JOIN articles AS a ON a.file_name = f.file_name
    WHERE a.id = crew_credits.article_id AND f.kind = 'crew'
      AND f.content = crew_credits.person_key || '|' || crew_credits.role
);
UPDATE release_statements SET fact_id = (
    SELECT f.number FROM fact_keys AS f JOIN articles AS a ON a.file_name = f.file_name
    WHERE a.id = release_statements.article_id AND f.kind = 'release'
      AND f.content = release_statements.kind || '|' || ifnull(release_statements.date, '')
          || '|' || ifnull(release_statements.period, '') || '|'
          || ifnull(release_statements.title, '') || '|' || release_statements.hedged
);

-- What /facts review lists: facts not served. Few, so a partial index each.
CREATE INDEX roles_withheld ON roles (article_id) WHERE served = 0;
CREATE INDEX crew_credits_withheld ON crew_credits (article_id) WHERE served = 0;
CREATE INDEX release_statements_withheld ON release_statements (article_id) WHERE served = 0;
CREATE INDEX quotes_withheld ON quotes (article_id) WHERE served = 0;

-- Every correction, in the order made; an undone one stays, marked. AUTOINCREMENT: the number
-- /facts undo takes is never reused.
--   approve, reject, hide, unhide: a fact (subject: how it read then; reason for a hide);
--   speaker: a quote (value: the new speaker, '' for unattributed; previous: the old one);
--   cast: subject is the character, value the actor who plays it (a fact of its own);
--   merge: subject is the variant name, value the canonical one, name_kind what they name.
CREATE TABLE corrections (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    action           TEXT    NOT NULL CHECK (action IN ('approve', 'reject', 'hide', 'unhide',
                                                        'cast', 'speaker', 'merge')),
    fact_kind        TEXT    CHECK (fact_kind IN ('cast', 'crew', 'release', 'quote')),
    fact_number      INTEGER,
    file_name        TEXT,           -- the fact's identity: its article file, kind, content
    content          TEXT,
    subject          TEXT    NOT NULL DEFAULT '',
    subject_key      TEXT    NOT NULL DEFAULT '',
    value            TEXT    NOT NULL DEFAULT '',
    value_key        TEXT    NOT NULL DEFAULT '',
    previous         TEXT    NOT NULL DEFAULT '',
    name_kind        TEXT    CHECK (name_kind IN ('person', 'character')),
    reason           TEXT    NOT NULL DEFAULT '',
    guild_id         INTEGER,        -- NULL: the operator, offline
    user_id          INTEGER,
    user_name        TEXT    NOT NULL DEFAULT '',  -- their name in that server, then
    created_at       TEXT    NOT NULL,
    undone_at        TEXT,
    undone_by        INTEGER,
    undone_guild_id  INTEGER,
    CHECK ((fact_kind IS NULL) = (action IN ('cast', 'merge'))),
    CHECK ((fact_kind IS NULL) = (content IS NULL))
) STRICT;

CREATE INDEX corrections_by_file ON corrections (file_name) WHERE file_name IS NOT NULL;
CREATE INDEX corrections_by_fact ON corrections (fact_kind, fact_number);
CREATE INDEX corrections_of_names ON corrections (action) WHERE fact_kind IS NULL;

-- The role each server's admins named with /moderators set: its members are moderators.
CREATE TABLE moderator_roles (
    guild_id    INTEGER PRIMARY KEY,
    role_id     INTEGER NOT NULL,
    updated_by  INTEGER NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;
