"""Articles and their facts: what ingestion writes, and the stamps that say what changed.

Every function takes the bulk ``writer`` (see :mod:`bot.db`) and is one step inside the
caller's transaction. People and characters are derived from the names afterwards
(:mod:`bot.db.names`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Collection, Iterator
from typing import Any

import msgspec

from bot.corrections import FactKind
from bot.db.fact_ids import keep_identities, number_facts
from bot.db.fact_rows import FactRows, Row
from bot.facts import Article

NAMES_DIRTY = "names_dirty"
_EXTRACTOR = "extractor"
VARIANTS_STALE = "name_variants_stale"
"""Set when a bulk write left ``name_variants`` to be derived again as a whole."""
_SEARCH_STALE = "search_index_stale"
"""Set while a bulk write leaves the full-text indexes to be rebuilt (the triggers that keep
them in step do nothing meanwhile: migration 0013)."""
_SEARCH_INDEXES = ("articles_fts", "quotes_fts")
_STAMPS_AT_ONCE = 512


class FileStamp(msgspec.Struct, frozen=True):
    """What identifies a seed file's content without reading it, plus its content hash."""

    size: int
    mtime_ns: int
    content_hash: str


def file_stamps(
    writer: sqlite3.Connection, only: Collection[str] | None = None
) -> dict[str, FileStamp]:
    """The stamp of every ingested file (or of those of ``only`` ingested), by file name."""
    return dict(iter_file_stamps(writer, only))


def iter_file_stamps(
    writer: sqlite3.Connection, only: Collection[str] | None = None
) -> Iterator[tuple[str, FileStamp]]:
    """Each ingested file's name and stamp (or those of ``only``), in no order, a few rows
    at a time: every file's stamp is read from the stamps index, not the articles' pages."""
    for row in _stamp_rows(writer, "file_name, file_size, file_mtime_ns, content_hash", only):
        yield row[0], FileStamp(row[1], row[2], row[3])


def iter_sizes_and_times(
    writer: sqlite3.Connection, only: Collection[str] | None = None
) -> Iterator[tuple[str, int, int]]:
    """Each ingested file's name, size and time (or those of ``only``), in no order, a few
    rows at a time: what tells an unchanged file, without a stamp object or hash per file."""
    yield from _stamp_rows(writer, "file_name, file_size, file_mtime_ns", only)


def _stamp_rows(
    writer: sqlite3.Connection, columns: str, only: Collection[str] | None
) -> Iterator[tuple[Any, ...]]:
    """Rows of ``columns`` of every ingested file (or those of ``only``), a few at a time."""
    sql = f"SELECT {columns} FROM articles"  # the columns are this module's own, never input
    if only is None:
        cursor = writer.execute(sql)
    else:
        sql += " WHERE file_name IN (SELECT value FROM json_each(?))"
        cursor = writer.execute(sql, (json.dumps(sorted(set(only))),))
    while rows := cursor.fetchmany(_STAMPS_AT_ONCE):
        yield from rows


def count_articles(writer: sqlite3.Connection) -> int:
    """How many articles are stored."""
    row = writer.execute("SELECT count(*) FROM articles").fetchone()
    return int(row[0]) if row else 0


def any_article(writer: sqlite3.Connection) -> bool:
    """Whether any article was ever ingested (and not since retracted)."""
    row = writer.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()
    return bool(row and row[0])


_UPSERT_ARTICLE = """
    INSERT INTO articles (file_name, content_hash, file_size, file_mtime_ns, published,
                          title, lede, body, ingested_at, url)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (file_name) DO UPDATE SET
        content_hash = excluded.content_hash, file_size = excluded.file_size,
        file_mtime_ns = excluded.file_mtime_ns, published = excluded.published,
        title = excluded.title, lede = excluded.lede, body = excluded.body,
        ingested_at = excluded.ingested_at, url = excluded.url
    RETURNING id
"""
_RECENCY = "ifnull(a.published, '') || printf('%020d', a.id)"
_SPELLINGS = f"""
    SELECT m.kind, m.name_key, m.name, count(*), a.published, a.id, max({_RECENCY})
    FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
"""
"""Each spelling with how many articles use it and the newest of them (with max(), SQLite
takes the other columns from the max's row)."""
_INSERT_VARIANTS = (
    "INSERT INTO name_variants (kind, name_key, name, articles, published, article_id, recency)"
)
ALL_SPELLINGS = f"{_SPELLINGS} GROUP BY m.kind, m.name_key, m.name"
"""Every spelling of every name, counted from every mention."""
ALL_VARIANTS = f"{_INSERT_VARIANTS} {ALL_SPELLINGS}"
"""``name_variants`` filled again (after a bulk write deferred them)."""
_NAMES = "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)"
"""The (kind, name key) pairs of a JSON list."""
SPELLINGS_OF = (
    f"{_SPELLINGS} WHERE (m.kind, m.name_key) IN ({_NAMES}) GROUP BY m.kind, m.name_key, m.name"
)
"""The spellings of the (kind, name key) pairs of a JSON list, counted from the mentions."""
_DROP_VARIANTS = f"DELETE FROM name_variants WHERE (kind, name_key) IN ({_NAMES})"
_RECOUNT_VARIANTS = f"{_INSERT_VARIANTS} {SPELLINGS_OF}"
"""After :data:`_DROP_VARIANTS`: the spellings of some names, counted again."""
_TOUCH_ARTICLE = "UPDATE articles SET file_size = ?, file_mtime_ns = ? WHERE file_name = ?"
_SET_FLAG = (
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
    _write_facts(writer, article_id, file_name, rows, name_variants=name_variants)
    return article_id


def rewrite_facts(writer: sqlite3.Connection, file_name: str, rows: FactRows) -> bool:
    """Replace a stored article's facts (its text stays); False if no article has that file."""
    found = writer.execute("SELECT id FROM articles WHERE file_name = ?", (file_name,)).fetchone()
    if found is None:
        return False
    _write_facts(writer, int(found[0]), file_name, rows)
    return True


def stored_article(writer: sqlite3.Connection, file_name: str) -> Article | None:
    """The article as stored from a seed file: what its facts were extracted from."""
    found = writer.execute(
        "SELECT published, lede, title, body, url FROM articles WHERE file_name = ?",
        (file_name,),
    ).fetchone()
    if found is None:
        return None
    published, lede, title, body, url = found
    return Article(
        dt.date.fromisoformat(published) if published else None,
        lede,
        title,
        tuple(body.split("\n")) if body else (),
        url,
    )


def _write_facts(
    writer: sqlite3.Connection,
    article_id: int,
    file_name: str,
    rows: FactRows,
    *,
    name_variants: bool = True,
) -> None:
    """Replace an article's facts, each keeping its stable id (see :mod:`bot.db.fact_ids`)."""
    # The names it used before and uses now: their spellings are counted again.
    names = _names_of(writer, article_id) | {(str(m[0]), str(m[1])) for m in rows.mentions}
    keep_identities(writer, article_id, file_name)
    numbers = number_facts(writer, file_name, rows.keys)
    for sql, values in _fact_statements(article_id, rows, numbers):
        writer.executemany(sql, values)
    if name_variants:
        _recount_variants(writer, names)


def touch_article(writer: sqlite3.Connection, file_name: str, stamp: FileStamp) -> None:
    """Record a new size/mtime for a file whose content did not change."""
    writer.execute(_TOUCH_ARTICLE, (stamp.size, stamp.mtime_ns, file_name))


def remove_article(writer: sqlite3.Connection, file_name: str) -> None:
    """Retract a file's article and every fact that came from it."""
    row = writer.execute("SELECT id FROM articles WHERE file_name = ?", (file_name,)).fetchone()
    if row is None:
        return
    names = _names_of(writer, int(row[0]))
    keep_identities(writer, int(row[0]), file_name)
    writer.execute("DELETE FROM articles WHERE id = ?", (row[0],))
    _recount_variants(writer, names)
    mark_names_dirty(writer)


def _names_of(writer: sqlite3.Connection, article_id: int) -> set[tuple[str, str]]:
    """The (kind, name key) of every name an article uses."""
    rows = writer.execute(
        "SELECT kind, name_key FROM mentions WHERE article_id = ?", (article_id,)
    ).fetchall()
    return {(row[0], row[1]) for row in rows}


def _recount_variants(writer: sqlite3.Connection, names: set[tuple[str, str]]) -> None:
    """Count the spellings of ``names`` again from every article's mentions."""
    if not names:
        return
    listed = json.dumps(sorted(names))
    writer.execute(_DROP_VARIANTS, (listed,))
    writer.execute(_RECOUNT_VARIANTS, (listed,))


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
        article.url,
    )


def defer_name_variants(writer: sqlite3.Connection) -> None:
    """Leave ``name_variants`` to be derived again as a whole (see :func:`save_article`)."""
    writer.execute(_SET_FLAG, (VARIANTS_STALE,))


def _fact_statements(
    article_id: int, rows: FactRows, numbers: dict[FactKind, dict[str, int]]
) -> Statements:
    """Replace an article's facts, each with its id (see :mod:`bot.db.fact_ids`).

    Fact rows end with their content key: bound here as the fact's id instead.
    """

    def bound(kind: FactKind, values: tuple[Row, ...]) -> list[Row]:
        ids = numbers.get(kind, {})
        return [(article_id, *value[:-1], ids[str(value[-1])]) for value in values]

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
        (_SET_FLAG, [(NAMES_DIRTY,)]),
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
    writer.execute(_SET_FLAG, (NAMES_DIRTY,))


def has_flag(writer: sqlite3.Connection, key: str) -> bool:
    """Whether the flag ``key`` is set in ``knowledge_state``."""
    row = writer.execute("SELECT value FROM knowledge_state WHERE key = ?", (key,)).fetchone()
    return row is not None and row[0] == "1"


def clear_flag(writer: sqlite3.Connection, key: str) -> None:
    writer.execute("DELETE FROM knowledge_state WHERE key = ?", (key,))


def defer_search_indexes(writer: sqlite3.Connection) -> None:
    """Leave the full-text indexes stale until :func:`rebuild_search_indexes` (in a later
    transaction of the same ingest, or of the next one if this one stops): for a load about
    as large as what is stored, rebuilding them once costs a tenth of keeping them in step."""
    writer.execute(_SET_FLAG, (_SEARCH_STALE,))


def search_indexes_stale(writer: sqlite3.Connection) -> bool:
    """Whether a bulk write left the full-text indexes to be rebuilt."""
    return has_flag(writer, _SEARCH_STALE)


def rebuild_search_indexes(writer: sqlite3.Connection) -> None:
    """Rebuild the full-text indexes from the articles and quotes, each into one segment, and
    keep them in step again from here on (about 0.1 s for 1,000 articles)."""
    clear_flag(writer, _SEARCH_STALE)
    for table in _SEARCH_INDEXES:
        writer.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
    compact_search_indexes(writer)


def compact_search_indexes(writer: sqlite3.Connection) -> None:
    """Merge the full-text indexes into one segment each, after many articles were written.

    Each write transaction adds index segments that SQLite merges only in part; a search
    opens every segment holding its words, so after a bulk load it costs several times more
    until they are merged. Merging all is quick (about 0.2 s for 10,000 articles).
    """
    for table in _SEARCH_INDEXES:
        writer.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
