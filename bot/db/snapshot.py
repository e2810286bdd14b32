"""What the knowledge base said before a new article: the snapshot its alert compares with.

Read on the bulk ``writer`` (see :mod:`bot.db`) inside the ingest transaction that stores the
article, just before it is stored.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.facts import ArticleFacts
from bot.names import name_key


@dataclass(frozen=True, slots=True)
class KnownActor:
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class Known:
    """What the knowledge base said before the article, about the names the article uses."""

    premiere: dt.date | None = None
    premiere_published: dt.date | None = None
    """The date of the article that announced the known premiere date."""
    actors: Mapping[str, KnownActor] = field(default_factory=dict)
    """Current actor by character name key (any alias of the character)."""
    same_person: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Every name key of the same person, by name key, for people already known."""
    crew: frozenset[tuple[str, str]] = frozenset()
    """(person name key, crew role) pairs already known."""
    quote_texts: frozenset[str] = frozenset()


def known_before(writer: sqlite3.Connection, facts: ArticleFacts) -> Known:
    """The snapshot of the knowledge base :func:`bot.alerts.news_diff.whats_new` compares with."""
    premiere = _rows(
        writer,
        """
        SELECT rs.date, a.published FROM release_statements AS rs
        JOIN articles AS a ON a.id = rs.article_id
        WHERE rs.kind = 'premiere_date' AND rs.date IS NOT NULL AND rs.hedged = 0 AND rs.served
        ORDER BY a.published DESC NULLS LAST, a.id DESC, rs.id LIMIT 1
        """,
    )
    person_keys = {
        name_key(name)
        for name in (
            *(cast.actor for cast in facts.cast),
            *(crew.name for crew in facts.crew),
        )
    }
    same_person = _aliases(writer, "person_names", "person_id", person_keys)
    actors: dict[str, KnownActor] = {}
    characters = {name_key(cast.character) for cast in facts.cast}
    for character, keys in (
        _aliases(writer, "character_names", "character_id", characters)
    ).items():
        rows = _rows(
            writer,
            """
            SELECT r.actor_key,
                   coalesce(p.name, (SELECT m.name FROM mentions AS m
                                     WHERE m.kind = 'person' AND m.name_key = r.actor_key
                                     LIMIT 1), r.actor_key) AS actor
            FROM roles AS r JOIN articles AS a ON a.id = r.article_id
            LEFT JOIN person_names AS pn ON pn.name_key = r.actor_key
            LEFT JOIN people AS p ON p.id = pn.person_id
            WHERE r.character_key IN (SELECT value FROM json_each(?)) AND r.status = 'current'
              AND r.served
            ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT 1
            """,
            (json.dumps(sorted(keys)),),
        )
        if rows:
            actors[character] = KnownActor(rows[0][0], rows[0][1])
    all_people = sorted({key for keys in same_person.values() for key in keys} | person_keys)
    crew = _rows(
        writer,
        "SELECT person_key, role FROM crew_credits"
        " WHERE served AND person_key IN (SELECT value FROM json_each(?))",
        (json.dumps(all_people),),
    )
    quotes = _rows(
        writer,
        "SELECT text FROM quotes WHERE served AND text IN (SELECT value FROM json_each(?))",
        (json.dumps([quote.text for quote in facts.quotes]),),
    )
    return Known(
        premiere=dt.date.fromisoformat(premiere[0][0]) if premiere else None,
        premiere_published=(
            dt.date.fromisoformat(premiere[0][1]) if premiere and premiere[0][1] else None
        ),
        actors=actors,
        same_person=same_person,
        crew=frozenset((row[0], row[1]) for row in crew),
        quote_texts=frozenset(row[0] for row in quotes),
    )


def _aliases(
    writer: sqlite3.Connection, names_table: str, id_column: str, keys: set[str]
) -> dict[str, frozenset[str]]:
    """For each key, every key of the same reconciled entity (just itself if unknown).

    A short name ("priya") not yet reconciled stands for the one known full name it begins
    ("priya raman"), as name reconciliation will decide once the article is stored.
    """
    found: dict[str, frozenset[str]] = {}
    for key in keys:
        rows = _rows(
            writer,
            f"SELECT other.name_key FROM {names_table} AS mine"
            f" JOIN {names_table} AS other ON other.{id_column} = mine.{id_column}"
            " WHERE mine.name_key = ?",
            (key,),
        )
        if not rows and key:
            ids = _rows(
                writer,
                f"SELECT DISTINCT {id_column} FROM {names_table} WHERE substr(name_key, 1, ?) = ?",
                (len(key) + 1, key + " "),
            )
            if len(ids) == 1:
                rows = _rows(
                    writer,
                    f"SELECT name_key FROM {names_table} WHERE {id_column} = ?",
                    (ids[0][0],),
                )
        found[key] = frozenset({key, *(row[0] for row in rows)})
    return found


def _rows(writer: sqlite3.Connection, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
    return writer.execute(sql, params).fetchall()
