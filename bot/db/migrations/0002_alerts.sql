-- News alerts: per-server subscriptions, a transactional outbox of alerts to deliver, the
-- premiere's scheduled event in each server, and the articles moderators added with /news add.
-- Discord ids (snowflakes) are INTEGERs. Times are unix seconds (REAL) or ISO text.

CREATE TABLE alert_subscriptions (
    guild_id        INTEGER PRIMARY KEY,
    channel_id      INTEGER NOT NULL,
    role_id         INTEGER,
    events_enabled  INTEGER NOT NULL DEFAULT 0 CHECK (events_enabled IN (0, 1)),
    updated_by      INTEGER NOT NULL,
    updated_at      TEXT    NOT NULL
) STRICT;

-- One row per alert per server. Rows are written in the same transaction as the article
-- they announce, and delivered afterwards by the worker (the "transactional outbox").
-- AUTOINCREMENT: an id is never reused, so the message nonce derived from it is unique.
CREATE TABLE alert_outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id         INTEGER NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('article', 'digest')),
    file_name        TEXT,            -- the article's seed file, for 'article' alerts
    payload          TEXT    NOT NULL, -- JSON: what the alert says, fixed when it was queued
    status           TEXT    NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'sent', 'failed', 'digested', 'cancelled')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  REAL    NOT NULL,
    created_at       TEXT    NOT NULL,
    finished_at      TEXT,
    channel_id       INTEGER,          -- where it was (or was last tried to be) sent
    message_id       INTEGER,          -- the Discord message, once delivered
    digest_id        INTEGER REFERENCES alert_outbox (id),
    last_error       TEXT
) STRICT;

CREATE INDEX alert_outbox_due ON alert_outbox (status, next_attempt_at);
CREATE INDEX alert_outbox_by_guild ON alert_outbox (guild_id, status, id);

-- The Discord scheduled event for the premiere, per server with /alerts events on.
CREATE TABLE alert_events (
    guild_id        INTEGER PRIMARY KEY,
    event_id        INTEGER,
    premiere_date   TEXT,             -- the date the event is at (or failed to be created for)
    last_error      TEXT,
    updated_at      TEXT    NOT NULL
) STRICT;

-- Small facts about delivery itself, e.g. the random salt that makes message nonces unique
-- to this database.
CREATE TABLE alert_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO alert_state (key, value) VALUES ('nonce_salt', lower(hex(randomblob(4))));

-- Article files written by moderators with /news add: only these can be removed from Discord.
CREATE TABLE news_desk_articles (
    file_name   TEXT    PRIMARY KEY,
    title       TEXT    NOT NULL,
    guild_id    INTEGER NOT NULL,
    user_id     INTEGER NOT NULL,
    created_at  TEXT    NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX news_desk_articles_by_title ON news_desk_articles (title);
