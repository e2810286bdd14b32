-- Each name's spelling in the newest article using it (newest date, then newest id; no date
-- counts as oldest), kept up to date as articles are written and retracted, so reconciling
-- names reads one row per name instead of grouping every mention of every article.
-- No foreign key: when an article goes, its rows are recomputed from the remaining mentions.
CREATE TABLE name_variants (
    kind        TEXT    NOT NULL CHECK (kind IN ('person', 'character')),
    name_key    TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    published   TEXT,
    article_id  INTEGER NOT NULL,
    recency     TEXT    NOT NULL,
    PRIMARY KEY (kind, name_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX name_variants_by_article ON name_variants (article_id);

INSERT INTO name_variants (kind, name_key, name, published, article_id, recency)
SELECT m.kind, m.name_key, m.name, a.published, a.id,
       max(ifnull(a.published, '') || printf('%020d', a.id))
FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
GROUP BY m.kind, m.name_key;
