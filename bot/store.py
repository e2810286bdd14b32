"""Writing the knowledge base: an article's facts in, a retracted article's facts out.

Callers own the transaction (see :func:`bot.database.transaction`); every function here is one
step inside it. Name reconciliation runs after a batch of articles, over all names at once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

import aiosqlite

from bot.facts import Article, ArticleFacts
from bot.names import name_key
from bot.reconcile import Cluster, NameVariant, cluster_characters, cluster_people

_NAMES_DIRTY = "names_dirty"


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What identifies a seed file's content without reading it, plus its content hash."""

    size: int
    mtime_ns: int
    content_hash: str


async def file_stamps(db: aiosqlite.Connection) -> dict[str, FileStamp]:
    """The stamp of every ingested file, by file name."""
    async with db.execute(
        "SELECT file_name, file_size, file_mtime_ns, content_hash FROM articles"
    ) as cursor:
        return {row[0]: FileStamp(row[1], row[2], row[3]) async for row in cursor}


async def save_article(
    db: aiosqlite.Connection,
    file_name: str,
    stamp: FileStamp,
    article: Article,
    facts: ArticleFacts,
) -> int:
    """Insert or replace one article and all its facts; quotes keep their numbers if unchanged."""
    async with db.execute(
        """
        INSERT INTO articles (file_name, content_hash, file_size, file_mtime_ns, published,
                              title, lede, body, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (file_name) DO UPDATE SET
            content_hash = excluded.content_hash, file_size = excluded.file_size,
            file_mtime_ns = excluded.file_mtime_ns, published = excluded.published,
            title = excluded.title, lede = excluded.lede, body = excluded.body,
            ingested_at = excluded.ingested_at
        RETURNING id
        """,
        (
            file_name,
            stamp.content_hash,
            stamp.size,
            stamp.mtime_ns,
            article.date.isoformat() if article.date else None,
            article.title,
            article.lede,
            article.body,
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ),
    ) as cursor:
        row = await cursor.fetchone()
    assert row is not None
    article_id = int(row[0])
    for table in ("mentions", "roles", "crew_credits", "release_statements"):
        await db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    await _save_mentions(db, article_id, facts)
    await _save_facts(db, article_id, facts)
    await _save_quotes(db, article_id, facts)
    await _mark_names_dirty(db)
    return article_id


async def touch_article(db: aiosqlite.Connection, file_name: str, stamp: FileStamp) -> None:
    """Record a new size/mtime for a file whose content did not change."""
    await db.execute(
        "UPDATE articles SET file_size = ?, file_mtime_ns = ? WHERE file_name = ?",
        (stamp.size, stamp.mtime_ns, file_name),
    )


async def remove_article(db: aiosqlite.Connection, file_name: str) -> None:
    """Retract a file's article and every fact that came from it."""
    await db.execute("DELETE FROM articles WHERE file_name = ?", (file_name,))
    await _mark_names_dirty(db)


async def _save_mentions(db: aiosqlite.Connection, article_id: int, facts: ArticleFacts) -> None:
    people = [
        *facts.people,
        *(cast.actor for cast in facts.cast),
        *(crew.name for crew in facts.crew),
        *(quote.speaker for quote in facts.quotes if quote.speaker_is_person),
    ]
    characters = [cast.character for cast in facts.cast]
    rows = {
        (kind, name_key(name)): name
        for kind, names in (("character", characters), ("person", people))
        for name in reversed(names)
        if name_key(name)
    }
    await db.executemany(
        "INSERT INTO mentions (article_id, kind, name_key, name) VALUES (?, ?, ?, ?)",
        [(article_id, kind, key, name) for (kind, key), name in rows.items()],
    )


async def _save_facts(db: aiosqlite.Connection, article_id: int, facts: ArticleFacts) -> None:
    await db.executemany(
        "INSERT OR IGNORE INTO roles (article_id, actor_key, character_key, status, evidence)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (article_id, name_key(c.actor), name_key(c.character), c.status.value, c.evidence)
            for c in facts.cast
        ],
    )
    await db.executemany(
        "INSERT OR IGNORE INTO crew_credits (article_id, person_key, role, evidence)"
        " VALUES (?, ?, ?, ?)",
        [(article_id, name_key(c.name), c.role.value, c.evidence) for c in facts.crew],
    )
    await db.executemany(
        "INSERT INTO release_statements"
        " (article_id, kind, date, period, title, hedged, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                r.kind.value,
                r.date.isoformat() if r.date else None,
                r.window,
                r.title,
                int(r.hedged),
                r.evidence,
            )
            for r in facts.release
        ],
    )


async def _save_quotes(db: aiosqlite.Connection, article_id: int, facts: ArticleFacts) -> None:
    texts = [quote.text for quote in facts.quotes]
    await db.execute(
        "DELETE FROM quotes WHERE article_id = ? AND text NOT IN (SELECT value FROM json_each(?))",
        (article_id, json.dumps(texts)),
    )
    await db.executemany(
        """
        INSERT INTO quotes (article_id, position, text, speaker_key, speaker_label, attribution,
                            fragment)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (article_id, text) DO UPDATE SET
            position = excluded.position, speaker_key = excluded.speaker_key,
            speaker_label = excluded.speaker_label, attribution = excluded.attribution,
            fragment = excluded.fragment
        """,
        [
            (
                article_id,
                position,
                quote.text,
                name_key(quote.speaker) if quote.speaker_is_person else None,
                quote.speaker,
                quote.attribution,
                int(quote.fragment),
            )
            for position, quote in enumerate(facts.quotes)
        ],
    )


async def _mark_names_dirty(db: aiosqlite.Connection) -> None:
    await db.execute(
        "INSERT INTO knowledge_state (key, value) VALUES (?, '1')"
        " ON CONFLICT (key) DO UPDATE SET value = '1'",
        (_NAMES_DIRTY,),
    )


async def names_dirty(db: aiosqlite.Connection) -> bool:
    """Whether facts changed since people and characters were last reconciled."""
    async with db.execute(
        "SELECT value FROM knowledge_state WHERE key = ?", (_NAMES_DIRTY,)
    ) as cursor:
        row = await cursor.fetchone()
    return row is not None and row[0] == "1"


async def rebuild_names(db: aiosqlite.Connection) -> None:
    """Re-derive people and characters from every name the articles use."""
    variants: dict[str, list[NameVariant]] = defaultdict(list)
    async with db.execute(
        """
        SELECT kind, name_key, name, published, article_id FROM (
            SELECT m.kind, m.name_key, m.name, a.published, a.id AS article_id,
                   row_number() OVER (PARTITION BY m.kind, m.name_key
                                      ORDER BY a.published DESC NULLS LAST, a.id DESC) AS rank
            FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
        ) WHERE rank = 1
        """
    ) as cursor:
        async for kind, key, name, published, article_id in cursor:
            date = dt.date.fromisoformat(published) if published else None
            variants[kind].append(NameVariant(key, name, date, article_id))

    people = cluster_people(variants["person"])
    person_of = {key: number for number, c in enumerate(people) for key in c.keys}
    played_by: dict[str, set[int]] = defaultdict(set)
    async with db.execute("SELECT DISTINCT actor_key, character_key FROM roles") as cursor:
        async for actor_key, character_key in cursor:
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
