"""Writing the knowledge base: an article's facts in, a retracted article's facts out.

Callers own the transaction (see :func:`bot.db.connection.transaction`); every function here is one
step inside it. Name reconciliation runs after a batch of articles, over all names at once.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

import aiosqlite

from bot.facts import Article, ArticleFacts
from bot.ingestion.reconcile import Cluster, NameVariant, cluster_characters, cluster_people
from bot.names import name_key

_NAMES_DIRTY = "names_dirty"
_VARIANTS_STALE = "name_variants_stale"
"""Set when a bulk write left ``name_variants`` to be derived again as a whole."""


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What identifies a seed file's content without reading it, plus its content hash."""

    size: int
    mtime_ns: int
    content_hash: str


async def file_stamps(
    db: aiosqlite.Connection, only: Collection[str] | None = None
) -> dict[str, FileStamp]:
    """The stamp of every ingested file (or of those of ``only`` ingested), by file name."""
    sql = "SELECT file_name, file_size, file_mtime_ns, content_hash FROM articles"
    if only is None:
        async with db.execute(sql) as cursor:
            rows = await cursor.fetchall()
    else:
        sql += " WHERE file_name IN (SELECT value FROM json_each(?))"
        async with db.execute(sql, (json.dumps(sorted(set(only))),)) as cursor:
            rows = await cursor.fetchall()
    return {row[0]: FileStamp(row[1], row[2], row[3]) for row in rows}


async def any_article(db: aiosqlite.Connection) -> bool:
    """Whether any article was ever ingested (and not since retracted)."""
    async with db.execute("SELECT EXISTS (SELECT 1 FROM articles)") as cursor:
        row = await cursor.fetchone()
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
_ALL_VARIANTS = f"""
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

Row = tuple[object, ...]
Statements = list[tuple[str, list[Row]]]
"""SQL with the rows to run it for, in order: one write, for either kind of connection."""


@dataclass(frozen=True, slots=True)
class FactRows:
    """An article's facts as table rows, less the article id the writer binds.

    Built where the facts are extracted (a worker process for a big batch), so writing an
    article costs the writer little more than SQLite's own work.
    """

    mentions: tuple[Row, ...]
    roles: tuple[Row, ...]
    crew: tuple[Row, ...]
    release: tuple[Row, ...]
    quote_texts: str
    """The JSON list of the article's quote texts (quotes no longer in it are deleted)."""
    quotes: tuple[Row, ...]

    @classmethod
    def of(cls, facts: ArticleFacts) -> FactRows:
        return cls(
            mentions=_mention_rows(facts),
            roles=tuple(
                (name_key(c.actor), name_key(c.character), c.status.value, c.evidence)
                for c in facts.cast
            ),
            crew=tuple((name_key(c.name), c.role.value, c.evidence) for c in facts.crew),
            release=tuple(
                (
                    r.kind.value,
                    r.date.isoformat() if r.date else None,
                    r.window,
                    r.title,
                    int(r.hedged),
                    r.evidence,
                )
                for r in facts.release
            ),
            quote_texts=json.dumps([quote.text for quote in facts.quotes]),
            quotes=tuple(
                (
                    position,
                    quote.text,
                    name_key(quote.speaker) if quote.speaker_is_person else None,
                    quote.speaker,
                    quote.attribution,
                    int(quote.fragment),
                )
                for position, quote in enumerate(facts.quotes)
            ),
        )


def save_article(
    db: sqlite3.Connection,
    file_name: str,
    stamp: FileStamp,
    article: Article,
    rows: FactRows,
    *,
    name_variants: bool = True,
) -> int:
    """Insert or replace one article and all its facts; quotes keep their numbers if unchanged.

    Runs on the bulk writer's blocking connection (see :meth:`Database.write_in_bulk`).

    Without ``name_variants``, the caller must have called :func:`defer_name_variants` in
    the same transaction: for many articles, deriving them all once is cheaper.
    """
    row = db.execute(_UPSERT_ARTICLE, _article_row(file_name, stamp, article)).fetchone()
    assert row is not None
    article_id = int(row[0])
    statements = _fact_statements(article_id, rows, article.date, name_variants)
    for sql, values in statements:
        db.executemany(sql, values)
    return article_id


def touch_article(db: sqlite3.Connection, file_name: str, stamp: FileStamp) -> None:
    """Record a new size/mtime for a file whose content did not change."""
    db.execute(_TOUCH_ARTICLE, (stamp.size, stamp.mtime_ns, file_name))


async def remove_article(db: aiosqlite.Connection, file_name: str) -> None:
    """Retract a file's article and every fact that came from it."""
    async with db.execute(
        "DELETE FROM articles WHERE file_name = ? RETURNING id", (file_name,)
    ) as cursor:
        rows = list(await cursor.fetchall())
    for (article_id,) in rows:
        await db.execute(_RECOMPUTE_VARIANTS, (article_id,))
        await db.execute(_DROP_UNUSED_VARIANTS, (article_id,))
    await _mark_names_dirty(db)


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


def defer_name_variants(db: sqlite3.Connection) -> None:
    """Leave ``name_variants`` to the next :func:`rebuild_names` (see :func:`save_article`)."""
    db.execute(_MARK_NAMES_DIRTY, (_VARIANTS_STALE,))


def _fact_statements(
    article_id: int, rows: FactRows, date: dt.date | None, name_variants: bool = True
) -> Statements:
    """Replace an article's facts (quotes are kept, renumbered, when their text is unchanged)."""

    def bound(values: tuple[Row, ...]) -> list[Row]:
        return [(article_id, *value) for value in values]

    published = date.isoformat() if date else None
    recency = f"{published or ''}{article_id:020d}"  # as the SQL's ifnull(...) || printf(...)

    statements: Statements = [
        (f"DELETE FROM {table} WHERE article_id = ?", [(article_id,)])
        for table in ("mentions", "roles", "crew_credits", "release_statements")
    ]
    statements += [
        (
            "INSERT INTO mentions (article_id, kind, name_key, name) VALUES (?, ?, ?, ?)",
            bound(rows.mentions),
        ),
        (
            "INSERT OR IGNORE INTO roles (article_id, actor_key, character_key, status, evidence)"
            " VALUES (?, ?, ?, ?, ?)",
            bound(rows.roles),
        ),
        (
            "INSERT OR IGNORE INTO crew_credits (article_id, person_key, role, evidence)"
            " VALUES (?, ?, ?, ?)",
            bound(rows.crew),
        ),
        (
            "INSERT INTO release_statements"
            " (article_id, kind, date, period, title, hedged, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            bound(rows.release),
        ),
        (
            "DELETE FROM quotes WHERE article_id = ?"
            " AND text NOT IN (SELECT value FROM json_each(?))",
            [(article_id, rows.quote_texts)],
        ),
        (
            """
            INSERT INTO quotes (article_id, position, text, speaker_key, speaker_label,
                                attribution, fragment)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id, text) DO UPDATE SET
                position = excluded.position, speaker_key = excluded.speaker_key,
                speaker_label = excluded.speaker_label, attribution = excluded.attribution,
                fragment = excluded.fragment
            """,
            bound(rows.quotes),
        ),
        (_MARK_NAMES_DIRTY, [(_NAMES_DIRTY,)]),
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


def _mention_rows(facts: ArticleFacts) -> tuple[Row, ...]:
    people = [
        *facts.people,
        *(cast.actor for cast in facts.cast),
        *(crew.name for crew in facts.crew),
        *(quote.speaker for quote in facts.quotes if quote.speaker_is_person),
    ]
    characters = [cast.character for cast in facts.cast]
    rows = {
        (kind, key): name
        for kind, names in (("character", characters), ("person", people))
        for name in reversed(names)
        if (key := name_key(name))
    }
    return tuple((kind, key, name) for (kind, key), name in rows.items())


async def _mark_names_dirty(db: aiosqlite.Connection) -> None:
    await db.execute(_MARK_NAMES_DIRTY, (_NAMES_DIRTY,))


async def compact_search_indexes(db: aiosqlite.Connection) -> None:
    """Merge the full-text indexes into one segment each, after many articles were written.

    Each write transaction adds index segments that SQLite merges only in part; a search
    opens every segment holding its words, so after a bulk load it costs several times more
    until they are merged. Merging all is quick (about 0.2 s for 10,000 articles).
    """
    for table in ("articles_fts", "quotes_fts"):
        await db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


async def names_dirty(db: aiosqlite.Connection) -> bool:
    """Whether facts changed since people and characters were last reconciled."""
    return await _flag(db, _NAMES_DIRTY)


async def _flag(db: aiosqlite.Connection, key: str) -> bool:
    async with db.execute("SELECT value FROM knowledge_state WHERE key = ?", (key,)) as cursor:
        row = await cursor.fetchone()
    return row is not None and row[0] == "1"


async def rebuild_names(db: aiosqlite.Connection) -> None:
    """Re-derive people and characters from every name the articles use."""
    if await _flag(db, _VARIANTS_STALE):
        await db.execute("DELETE FROM name_variants")
        await db.execute(_ALL_VARIANTS)
        await db.execute("DELETE FROM knowledge_state WHERE key = ?", (_VARIANTS_STALE,))
    variants: dict[str, list[NameVariant]] = defaultdict(list)
    # Each name's spelling in the newest article using it, kept up to date by every write.
    async with db.execute(
        "SELECT kind, name_key, name, published, article_id FROM name_variants"
        " ORDER BY kind, name_key"
    ) as cursor:
        rows = await cursor.fetchall()  # at once: iterating costs a thread hop per row
    for kind, key, name, published, article_id in rows:
        date = dt.date.fromisoformat(published) if published else None
        variants[kind].append(NameVariant(key, name, date, article_id))

    people = cluster_people(variants["person"])
    person_of = {key: number for number, c in enumerate(people) for key in c.keys}
    played_by: dict[str, set[int]] = defaultdict(set)
    async with db.execute("SELECT DISTINCT actor_key, character_key FROM roles") as cursor:
        roles = await cursor.fetchall()
    for actor_key, character_key in roles:
        if actor_key in person_of:
            played_by[character_key].add(person_of[actor_key])
    characters = cluster_characters(variants["character"], played_by)

    await _replace_entities(db, "people", "person_names", "person_id", people)
    await _replace_entities(db, "characters", "character_names", "character_id", characters)
    await db.execute("DELETE FROM knowledge_state WHERE key = ?", (_NAMES_DIRTY,))


async def _replace_entities(
    db: aiosqlite.Connection, table: str, names_table: str, id_column: str, clusters: list[Cluster]
) -> None:
    await db.execute(f"DELETE FROM {names_table}")
    await db.execute(f"DELETE FROM {table}")
    await db.executemany(
        f"INSERT INTO {table} (id, name) VALUES (?, ?)",
        [(number, cluster.name) for number, cluster in enumerate(clusters, start=1)],
    )
    await db.executemany(
        f"INSERT INTO {names_table} (name_key, {id_column}, name) VALUES (?, ?, ?)",
        [
            (variant.key, number, variant.name)
            for number, cluster in enumerate(clusters, start=1)
            for variant in cluster.variants
        ],
    )
