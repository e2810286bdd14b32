-- Indexes for lookups that otherwise scan a whole table as the knowledge base grows.

-- Replacing or retracting an article deletes its release statements (also by ON DELETE
-- CASCADE): without this, every such delete scanned all statements.
CREATE INDEX release_statements_by_article ON release_statements (article_id);

-- /quote person: matches a speaker's name keys or, for organisations, the label as written;
-- with both indexed the OR is two index lookups instead of a scan of every quote.
CREATE INDEX quotes_by_speaker_label ON quotes (speaker_label);
