-- Where each article was published: the link its seed file gives (a "url:" line, or the
-- "Source:" line older files end with). NULL when the file names none. Indexed: a link a
-- moderator pastes or a feed brings is looked up here, so an article is never taken twice.
-- Articles stored before this migration get their link when ingestion next reads them (the
-- seed-file parser changed, so every article is read again once).

ALTER TABLE articles ADD COLUMN url TEXT;

CREATE INDEX articles_by_url ON articles (url);
