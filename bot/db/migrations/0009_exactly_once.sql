-- Exactly once, whatever the operator does. An article's identity for alerts is its content:
-- every content the bot ever stored is remembered (a renamed, restored or copied file is not
-- news), and the outbox holds at most one alert per route (server and channel) and content,
-- whatever the code does.
-- An alert keeps the message nonce it is sent with, so an interrupted send can be looked up;
-- alerts an ingest queues carry its id, so they are released (or folded into one digest) when
-- the ingest ends. /news add remembers what was asked, so a retried request adds nothing.

CREATE TABLE article_contents (
    content_hash     TEXT PRIMARY KEY, -- sha256 of the file's bytes, as articles.content_hash
    first_file_name  TEXT NOT NULL,
    first_stored_at  TEXT NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO article_contents (content_hash, first_file_name, first_stored_at)
SELECT content_hash, min(file_name), min(ingested_at) FROM articles GROUP BY content_hash;

ALTER TABLE alert_outbox ADD COLUMN content_hash TEXT; -- the article's, for 'article' alerts
ALTER TABLE alert_outbox ADD COLUMN nonce TEXT;        -- sent with every attempt
ALTER TABLE alert_outbox ADD COLUMN first_attempt_at REAL; -- unix seconds: look no earlier
ALTER TABLE alert_outbox ADD COLUMN ingest_id TEXT;    -- the ingest that queued it

-- Alerts queued before: the content of their article where it is still stored, for the
-- earliest alert of each route and content only (a doubled one keeps no content).
UPDATE alert_outbox SET content_hash = a.content_hash
FROM articles AS a
WHERE alert_outbox.kind = 'article' AND a.file_name = alert_outbox.file_name
  AND NOT EXISTS (
      SELECT 1 FROM alert_outbox AS earlier JOIN articles AS b ON b.file_name = earlier.file_name
      WHERE earlier.kind = 'article' AND earlier.guild_id = alert_outbox.guild_id
        AND earlier.channel_id IS alert_outbox.channel_id
        AND earlier.id < alert_outbox.id AND b.content_hash = a.content_hash
  );

CREATE UNIQUE INDEX alert_outbox_once_per_article
    ON alert_outbox (guild_id, channel_id, content_hash) WHERE kind = 'article';
CREATE INDEX alert_outbox_by_ingest ON alert_outbox (ingest_id) WHERE ingest_id IS NOT NULL;

ALTER TABLE news_desk_articles ADD COLUMN request_hash TEXT; -- sha256 of title and body
CREATE INDEX news_desk_articles_by_request ON news_desk_articles (request_hash, created_at);
