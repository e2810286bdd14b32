"""Articles and their facts: what ingestion writes, and the stamps that say what changed.

Every function takes the bulk ``writer`` (see :mod:`bot.db`) and is one step inside the
caller's transaction. People and characters are derived from the names afterwards
(:mod:`bot.db.names`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass

from bot.corrections import FactKind
from bot.db.fact_ids import keep_identities, number_facts
from bot.db.fact_rows import FactRows, Row
from bot.facts import Article

NAMES_DIRTY = "names_dirty"
_EXTRACTOR = "extractor"
VARIANTS_STALE = "name_variants_stale"
"""Set when a bulk write left ``name_variants`` to be derived again as a whole."""


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What identifies a seed file's content without reading it, plus its content hash."""

    size: int
    mtime_ns: int
    content_hash: str


def file_stamps(
    writer: sqlite3.Connection, only: Collection[str] | None = None
) -> dict[str, FileStamp]:
    """The stamp of every ingested file (or of those of ``only`` ingested), by file name."""
    sql = "SELECT file_name, file_size, file_mtime_ns, content_hash FROM articles"
    if only is None:
        rows = writer.execute(sql).fetchall()
    else:
        sql += " WHERE file_name IN (SELECT value FROM json_each(?))"
        rows = writer.execute(sql, (json.dumps(sorted(set(only))),)).fetchall()
    return {row[0]: FileStamp(row[1], row[2], row[3]) for row in rows}


def any_article(writer: sqlite3.Connection) -> bool:
    """Whether any article was ever ingested (and not since retracted)."""
    row = writer.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()
    return bool(row and row[0])


_UPSERT_ARTICLE = """
    INSERT INTO articles (file_name, content_hash, file_size, file_mtime_ns, published,
                          title, lede, body, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (file_name) DO UPDATE SET
        content_hash = excluded.content_hash, file_size = excluded.file_size,
        file_mtime_ns = excluded.file_mtime_ns, published = excluded.published,
        title = excluded.title, lede = excluded.lede, body = excluded.body,
        ingested_at = excluded.ingested_at
    RETURNING id
"""
_RECENCY = "ifnull(a.published, '') || printf('%020d', a.id)"
_RECOMPUTE_VARIANTS = f"""
    INSERT INTO name_variants (kind, name_key, name, published, article_id, recency)
    SELECT m.kind, m.name_key, m.name, a.published, a.id, max({_RECENCY})
    FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
    WHERE (m.kind, m.name_key) IN (SELECT kind, name_key FROM name_variants WHERE article_id = ?)
    GROUP BY m.kind, m.name_key
    ON CONFLICT (kind, name_key) DO UPDATE SET
        name = excluded.name, published = excluded.published,
        article_id = excluded.article_id, recency = excluded.recency
"""
"""The names whose newest spelling came from an article being replaced or retracted, derived
again from every mention (with max(), SQLite takes the other columns from the max's row)."""
ALL_VARIANTS = f"""
    INSERT INTO name_variants (kind, name_key, name, published, article_id, recency)
    SELECT m.kind, m.name_key, m.name, a.published, a.id, max({_RECENCY})
    FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
    GROUP BY m.kind, m.name_key
"""
"""Every name's newest spelling, from every mention (after a bulk write deferred them)."""
_DROP_UNUSED_VARIANTS = """
    DELETE FROM name_variants WHERE article_id = ?1 AND NOT EXISTS (
        SELECT 1 FROM mentions AS m WHERE m.article_id = ?1
        AND m.kind = name_variants.kind AND m.name_key = name_variants.name_key)
"""
"""After :data:`_RECOMPUTE_VARIANTS`: an article's names that no article mentions any more."""
_UPSERT_VARIANTS = """
    INSERT INTO name_variants (kind, name_key, name, published, article_id, recency)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (kind, name_key) DO UPDATE SET
        name = excluded.name, published = excluded.published,
        article_id = excluded.article_id, recency = excluded.recency
    WHERE excluded.recency > name_variants.recency
"""
"""An article's names, where it is the newest article using them."""
_TOUCH_ARTICLE = "UPDATE articles SET file_size = ?, file_mtime_ns = ? WHERE file_name = ?"
_MARK_NAMES_DIRTY = (
    "INSERT INTO knowledge_state (key, value) VALUES (?, '1')"
    " ON CONFLICT (key) DO UPDATE SET value = '1'"
)

Statements = list[tuple[str, list[Row]]]
"""SQL with the rows to run it for, in order: one write, for either kind of connection."""


def save_article(
    writer: sqlite3.Connection,
    file_name: str,
    stamp: FileStamp,
    article: Article,
    rows: FactRows,
    *,
    name_variants: bool = True,
) -> int:
    """Insert or replace one article and all its facts; quotes keep their numbers if unchanged.

    Without ``name_variants``, the caller must have called :func:`defer_name_variants` in
    the same transaction: for many articles, deriving them all once is cheaper.
    """
    row = writer.execute(_UPSERT_ARTICLE, _article_row(file_name, stamp, article)).fetchone()
    assert row is not None
    article_id = int(row[0])
    _write_facts(writer, article_id, file_name, rows, article.date, name_variants=name_variants)
    return article_id


def rewrite_facts(writer: sqlite3.Connection, file_name: str, rows: FactRows) -> bool:
    """Replace a stored article's facts (its text stays); False if no article has that file."""
    found = writer.execute(
        "SELECT id, published FROM articles WHERE file_name = ?", (file_name,)
    ).fetchone()
    if found is None:
        return False
    published = dt.date.fromisoformat(found[1]) if found[1] else None
    _write_facts(writer, int(found[0]), file_name, rows, published)
    return True


def stored_article(writer: sqlite3.Connection, file_name: str) -> Article | None:
    """The article as stored from a seed file: what its facts were extracted from."""
    found = writer.execute(
        "SELECT published, lede, title, body FROM articles WHERE file_name = ?", (file_name,)
    ).fetchone()
    if found is None:
        return None
    published, lede, title, body = found
    return Article(
        dt.date.fromisoformat(published) if published else None,
        lede,
        title,
        tuple(body.split("\n")) if body else (),
    )


def _write_facts(
    writer: sqlite3.Connection,
    article_id: int,
    file_name: str,
    rows: FactRows,
    date: dt.date | None,
    *,
    name_variants: bool = True,
) -> None:
    keep_identities(writer, article_id, file_name)
    numbers = number_facts(writer, file_name, rows.keys)
    for sql, values in _fact_statements(article_id, rows, numbers, date, name_variants):
        writer.executemany(sql, values)


def touch_article(writer: sqlite3.Connection, file_name: str, stamp: FileStamp) -> None:
    """Record a new size/mtime for a file whose content did not change."""
    writer.execute(_TOUCH_ARTICLE, (stamp.size, stamp.mtime_ns, file_name))


def remove_article(writer: sqlite3.Connection, file_name: str) -> None:
    """Retract a file's article and every fact that came from it."""
    found = writer.execute("SELECT id FROM articles WHERE file_name = ?", (file_name,)).fetchall()
    for (article_id,) in found:
        keep_identities(writer, article_id, file_name)
    rows = writer.execute(
        "DELETE FROM articles WHERE file_name = ? RETURNING id", (file_name,)
    ).fetchall()
    for (article_id,) in rows:
        writer.execute(_RECOMPUTE_VARIANTS, (article_id,))
        writer.execute(_DROP_UNUSED_VARIANTS, (article_id,))
    mark_names_dirty(writer)


def _article_row(file_name: str, stamp: FileStamp, article: Article) -> tuple[object, ...]:
    return (
        file_name,
        stamp.content_hash,
        stamp.size,
        stamp.mtime_ns,
        article.date.isoformat() if article.date else None,
        article.title,
        article.lede,
        article.body,
        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )


def defer_name_variants(writer: sqlite3.Connection) -> None:
    """Leave ``name_variants`` to be derived again as a whole (see :func:`save_article`)."""
    writer.execute(_MARK_NAMES_DIRTY, (VARIANTS_STALE,))


def _fact_statements(
    article_id: int,
    rows: FactRows,
    numbers: dict[FactKind, dict[str, int]],
    date: dt.date | None,
    name_variants: bool = True,
) -> Statements:
    """Replace an article's facts, each with its id (see :mod:`bot.db.fact_ids`).

    Fact rows end with their content key: bound here as the fact's id instead.
    """

    def bound(kind: FactKind, values: tuple[Row, ...]) -> list[Row]:
        ids = numbers.get(kind, {})
        return [(article_id, *value[:-1], ids[str(value[-1])]) for value in values]

    published = date.isoformat() if date else None
    recency = f"{published or ''}{article_id:020d}"  # as the SQL's ifnull(...) || printf(...)

    statements: Statements = [
        (f"DELETE FROM {table} WHERE article_id = ?", [(article_id,)])
        for table in ("mentions", "roles", "crew_credits", "release_statements")
    ]
    statements += [
        (
            "INSERT INTO mentions (article_id, kind, name_key, name) VALUES (?, ?, ?, ?)",
            [(article_id, *mention) for mention in rows.mentions],
        ),
        (
            "INSERT OR IGNORE INTO roles (article_id, actor_key, character_key, status, evidence,"
            " confidence, doubt, served, corrected, actor_name, character_name, fact_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            bound(FactKind.CAST, rows.roles),
        ),
        (
            "INSERT OR IGNORE INTO crew_credits (article_id, person_key, role, evidence,"
            " confidence, doubt, served, corrected, person_name, fact_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            bound(FactKind.CREW, rows.crew),
        ),
        (
            "INSERT INTO release_statements (article_id, kind, date, period, title, hedged,"
            " evidence, confidence, doubt, served, corrected, fact_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            bound(FactKind.RELEASE, rows.release),
        ),
        (
            "DELETE FROM quotes WHERE article_id = ?"
            " AND text NOT IN (SELECT value FROM json_each(?))",
            [(article_id, rows.quote_texts)],
        ),
        (
            """
            INSERT INTO quotes (article_id, position, text, speaker_key, speaker_label, source,
                                attribution, fragment, confidence, doubt, served, corrected, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id, text) DO UPDATE SET
                position = excluded.position, speaker_key = excluded.speaker_key,
                speaker_label = excluded.speaker_label, source = excluded.source,
                attribution = excluded.attribution, fragment = excluded.fragment,
                confidence = excluded.confidence, doubt = excluded.doubt,
                served = excluded.served, corrected = excluded.corrected
            """,
            bound(FactKind.QUOTE, rows.quotes),
        ),
        (_MARK_NAMES_DIRTY, [(NAMES_DIRTY,)]),
    ]
    if name_variants:
        # The names this article was the newest to use first (it may no longer use them, or
        # have a new date), then its names where it is now the newest.
        statements += [
            (_RECOMPUTE_VARIANTS, [(article_id,)]),
            (_DROP_UNUSED_VARIANTS, [(article_id,)]),
            (
                _UPSERT_VARIANTS,
                [(*mention, published, article_id, recency) for mention in rows.mentions],
            ),
        ]
    return [(sql, values) for sql, values in statements if values]


def extractor_of_facts(writer: sqlite3.Connection) -> str | None:
    """The fingerprint of the extraction code the stored facts were made by (None: unknown)."""
    row = writer.execute(
        "SELECT value FROM knowledge_state WHERE key = ?", (_EXTRACTOR,)
    ).fetchone()
    return str(row[0]) if row else None


def record_extractor(writer: sqlite3.Connection, fingerprint: str) -> None:
    """Every stored fact was made by the extraction code with this fingerprint."""
    writer.execute(
        "INSERT INTO knowledge_state (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_EXTRACTOR, fingerprint),
    )


def mark_names_dirty(writer: sqlite3.Connection) -> None:
    """People and characters must be derived again before the knowledge is read."""
    writer.execute(_MARK_NAMES_DIRTY, (NAMES_DIRTY,))


def compact_search_indexes(writer: sqlite3.Connection) -> None:
    """Merge the full-text indexes into one segment each, after many articles were written.

    Each write transaction adds index segments that SQLite merges only in part; a search
    opens every segment holding its words, so after a bulk load it costs several times more
    until they are merged. Merging all is quick (about 0.2 s for 10,000 articles).
    """
    for table in ("articles_fts", "quotes_fts"):
        writer.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
