-- The spelling most articles use wins: every spelling of every name, with how many articles
-- use it and the newest of them (newest date, then newest id; no date counts as oldest), so
-- one misspelt article never renames anyone. Kept up to date as articles are written and
-- retracted; reconciling names reads one row per spelling instead of every mention.
-- Replaces 0004's name_variants, which kept each name key's newest spelling only.
DROP TABLE name_variants;

CREATE TABLE name_variants (
    kind        TEXT    NOT NULL CHECK (kind IN ('person', 'character')),
    name_key    TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    articles    INTEGER NOT NULL CHECK (articles > 0),
    published   TEXT,
    article_id  INTEGER NOT NULL,
    recency     TEXT    NOT NULL,
    PRIMARY KEY (kind, name_key, name)
) STRICT, WITHOUT ROWID;

INSERT INTO name_variants (kind, name_key, name, articles, published, article_id, recency)
SELECT m.kind, m.name_key, m.name, count(*), a.published, a.id,
       max(ifnull(a.published, '') || printf('%020d', a.id))
FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
GROUP BY m.kind, m.name_key, m.name;
