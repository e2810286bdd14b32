-- News feeds (RSS, Atom) the bot follows, and every entry it has seen in them, so that an
-- entry is taken once: new entries become article files in seeds/, edited ones update theirs.
-- Times: *_at are ISO text, except next_check_at (unix seconds, REAL, compared with "now").

CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    url              TEXT    NOT NULL UNIQUE,
    title            TEXT,             -- the feed's own title, once read
    every_minutes    INTEGER NOT NULL CHECK (every_minutes BETWEEN 1 AND 1440),
    etag             TEXT,             -- the last answer's validators, for conditional requests
    last_modified    TEXT,
    history_taken    INTEGER NOT NULL DEFAULT 0 CHECK (history_taken IN (0, 1)),
    next_check_at    REAL    NOT NULL,
    last_checked_at  TEXT,
    failing_since    TEXT,             -- the first failure since the feed last worked
    last_error       TEXT,             -- the last check's failure, in words; NULL when it worked
    paused           INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    guild_id         INTEGER,          -- who followed it; NULL from the command line
    user_id          INTEGER,
    created_at       TEXT    NOT NULL
) STRICT;

CREATE INDEX feeds_due ON feeds (paused, next_check_at);

-- status: 'taken' (an article file was written: file_name), 'skipped' (never to be taken: no
-- link, a duplicate, not an article), 'failed' (the page could not be read; tried again).
-- history: taken on the feed's first check, as history: the article alerts nobody.
CREATE TABLE feed_entries (
    id            INTEGER PRIMARY KEY,
    feed_id       INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    identity      TEXT    NOT NULL,    -- "id:<id>", "link:<url>" or "hash:<hex>"
    link          TEXT,                -- the entry's link, without tracking parameters
    content_hash  TEXT    NOT NULL,    -- of its title and summary: changes when it is edited
    updated       TEXT,                -- the entry's own "updated" time, as ISO text
    status        TEXT    NOT NULL CHECK (status IN ('taken', 'skipped', 'failed')),
    file_name     TEXT,
    history       INTEGER NOT NULL DEFAULT 0 CHECK (history IN (0, 1)),
    note          TEXT,                -- why it was skipped or failed
    attempts      INTEGER NOT NULL DEFAULT 1,
    seen_at       TEXT    NOT NULL,
    UNIQUE (feed_id, identity)
) STRICT;

CREATE INDEX feed_entries_by_link ON feed_entries (link);
CREATE INDEX feed_entries_by_content ON feed_entries (content_hash);
CREATE INDEX feed_entries_by_file ON feed_entries (file_name);
