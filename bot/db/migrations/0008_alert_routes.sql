-- Alerts that servers shape: several routes per server (one per channel), each with its own
-- filter (the kinds of news, keywords) and role ping; a server's own settings (premiere
-- events, a pause) apart from its routes. The single channel each server had becomes one
-- route that gets every article ('articles'), with its role.

CREATE TABLE alert_servers (
    guild_id        INTEGER PRIMARY KEY,
    events_enabled  INTEGER NOT NULL DEFAULT 0 CHECK (events_enabled IN (0, 1)),
    paused_at       TEXT,             -- when /alerts pause was run; NULL while alerts flow
    paused_until    REAL,             -- unix seconds when delivery resumes by itself;
                                      -- NULL while paused: until /alerts resume
    updated_by      INTEGER NOT NULL,
    updated_at      TEXT    NOT NULL
) STRICT;

CREATE TABLE alert_routes (
    guild_id    INTEGER NOT NULL REFERENCES alert_servers (guild_id) ON DELETE CASCADE,
    channel_id  INTEGER NOT NULL,
    forum       INTEGER NOT NULL DEFAULT 0 CHECK (forum IN (0, 1)),  -- each alert a new post
    role_id     INTEGER,
    kinds       TEXT    NOT NULL DEFAULT '["articles"]' CHECK (json_valid(kinds)),
    keywords    TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(keywords)),
    updated_by  INTEGER NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
) STRICT, WITHOUT ROWID;

INSERT INTO alert_servers (guild_id, events_enabled, updated_by, updated_at)
SELECT guild_id, events_enabled, updated_by, updated_at FROM alert_subscriptions;

INSERT INTO alert_routes (guild_id, channel_id, role_id, updated_by, updated_at)
SELECT guild_id, channel_id, role_id, updated_by, updated_at FROM alert_subscriptions;

-- Every alert now goes to one route: alert_outbox.channel_id is set when it is queued.
UPDATE alert_outbox SET channel_id = (
    SELECT channel_id FROM alert_subscriptions AS s WHERE s.guild_id = alert_outbox.guild_id
) WHERE status = 'pending' AND channel_id IS NULL;

DROP TABLE alert_subscriptions;

-- A forum route's alert opens a post (a thread); its message is edited when the article is
-- retracted (needs_edit = 1 until done, retried at next_attempt_at).
ALTER TABLE alert_outbox ADD COLUMN thread_id INTEGER;
ALTER TABLE alert_outbox ADD COLUMN retracted_at TEXT;
ALTER TABLE alert_outbox ADD COLUMN needs_edit INTEGER NOT NULL DEFAULT 0
    CHECK (needs_edit IN (0, 1));

CREATE INDEX alert_outbox_by_route ON alert_outbox (guild_id, channel_id, status, id);
CREATE INDEX alert_outbox_by_file ON alert_outbox (file_name);
CREATE INDEX alert_outbox_to_edit ON alert_outbox (needs_edit) WHERE needs_edit = 1;

-- What each new article's alert said when it arrived (its "What's new" as it was), whether or
-- not any server was subscribed then: /alerts test shows it again.
CREATE TABLE news_items (
    file_name   TEXT PRIMARY KEY,
    payload     TEXT NOT NULL CHECK (json_valid(payload)),
    created_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;
