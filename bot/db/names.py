"""People and characters: the entity tables derived from every name the articles use.

Ingestion writes names as they appear (``mentions``; ``name_variants`` counts each spelling's
articles); after a write, the
clusters that :mod:`bot.ingestion.reconcile` decides are stored here as ``people`` and
``characters`` with their spellings. Every function takes the bulk ``writer`` (see
:mod:`bot.db`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Collection, Sequence
from typing import Any

import msgspec

from bot.db.articles import (
    ALL_SPELLINGS,
    ALL_VARIANTS,
    NAMES_DIRTY,
    SPELLINGS_OF,
    VARIANTS_STALE,
    clear_flag,
    has_flag,
)


class StoredVariant(msgspec.Struct, frozen=True):
    """One spelling of a name: how many articles use it, and the newest of them."""

    kind: str
    """``person`` or ``character``."""
    key: str
    name: str
    articles: int
    published: dt.date | None
    article_id: int


class Entity(msgspec.Struct, frozen=True):
    """A person or character to store: its display name and every name key and spelling."""

    name: str
    spellings: Sequence[tuple[str, str]]
    """(name key, spelling) pairs."""


_GENERATION = "names_generation"
_STORED_VARIANTS = (
    "SELECT kind, name_key, name, articles, published, article_id FROM name_variants"
    " ORDER BY kind, name_key, name"
)
_TABLES = {
    "person": ("people", "person_names", "person_id"),
    "character": ("characters", "character_names", "character_id"),
}


def names_dirty(writer: sqlite3.Connection) -> bool:
    """Whether facts changed since people and characters were last derived."""
    return has_flag(writer, NAMES_DIRTY)


def name_variants(writer: sqlite3.Connection) -> list[StoredVariant]:
    """Every spelling of every name, by kind, key and spelling (counted again first if a bulk
    write left them stale)."""
    if has_flag(writer, VARIANTS_STALE):
        writer.execute("DELETE FROM name_variants")
        writer.execute(ALL_VARIANTS)
        clear_flag(writer, VARIANTS_STALE)
    return _variants(writer.execute(_STORED_VARIANTS).fetchall())


def current_spellings(writer: sqlite3.Connection) -> list[StoredVariant]:
    """Every spelling of every name as the articles stored so far use them, changing nothing
    (counted from the mentions while a bulk write leaves ``name_variants`` stale)."""
    if has_flag(writer, VARIANTS_STALE):
        return _variants(writer.execute(ALL_SPELLINGS).fetchall())
    return _variants(writer.execute(_STORED_VARIANTS).fetchall())


def spellings_of(
    writer: sqlite3.Connection, names: Collection[tuple[str, str]]
) -> list[StoredVariant]:
    """The spellings of some (kind, name key) names, counted from every article's mentions
    (so right even while a bulk write leaves ``name_variants`` stale)."""
    if not names:
        return []
    rows = writer.execute(SPELLINGS_OF, (json.dumps(sorted(names)),)).fetchall()
    return _variants(rows)


def _variants(rows: Sequence[Sequence[Any]]) -> list[StoredVariant]:
    return [
        StoredVariant(
            kind, key, name, count, dt.date.fromisoformat(published) if published else None, aid
        )
        for kind, key, name, count, published, aid, *_ in rows
    ]


def actors_of(writer: sqlite3.Connection, character_key: str) -> set[str]:
    """The name keys of everyone some article, or a moderator's casting, casts as
    ``character_key``."""
    rows = writer.execute(
        "SELECT actor_key FROM roles WHERE served AND character_key = ?1"
        " UNION SELECT value_key FROM corrections WHERE action = 'cast' AND fact_kind IS NULL"
        " AND undone_at IS NULL AND subject_key = ?1",
        (character_key,),
    ).fetchall()
    return {row[0] for row in rows}


def shown_name(writer: sqlite3.Connection, kind: str, key: str) -> str | None:
    """How the person (or character) with the spelling ``key`` is shown; None if unknown."""
    table, names_table, id_column = _TABLES[kind]
    row = writer.execute(
        f"SELECT e.name FROM {names_table} AS n JOIN {table} AS e ON e.id = n.{id_column}"
        " WHERE n.name_key = ?",
        (key,),
    ).fetchone()
    return str(row[0]) if row else None


def replace_entities(writer: sqlite3.Connection, kind: str, entities: Sequence[Entity]) -> None:
    """Store ``entities`` as all the people (or characters), numbered from 1 in order."""
    table, names_table, id_column = _TABLES[kind]
    writer.execute(f"DELETE FROM {names_table}")
    writer.execute(f"DELETE FROM {table}")
    writer.executemany(
        f"INSERT INTO {table} (id, name) VALUES (?, ?)",
        [(number, entity.name) for number, entity in enumerate(entities, start=1)],
    )
    writer.executemany(
        f"INSERT INTO {names_table} (name_key, {id_column}, name) VALUES (?, ?, ?)",
        [
            (key, number, spelling)
            for number, entity in enumerate(entities, start=1)
            for key, spelling in entity.spellings
        ],
    )


def names_derived(writer: sqlite3.Connection) -> int:
    """People and characters are in step with the facts again: their new generation."""
    clear_flag(writer, NAMES_DIRTY)
    row = writer.execute(
        "INSERT INTO knowledge_state (key, value) VALUES (?, '1')"
        " ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value",
        (_GENERATION,),
    ).fetchone()
    return int(row[0])


def names_generation(writer: sqlite3.Connection) -> int | None:
    """Which derivation of people and characters is stored (each one has a new number), or
    None while facts changed since it."""
    if names_dirty(writer):
        return None
    row = writer.execute(
        "SELECT value FROM knowledge_state WHERE key = ?", (_GENERATION,)
    ).fetchone()
    return int(row[0]) if row else 0
