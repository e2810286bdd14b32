"""Queries about people and characters: who plays whom, who someone is, the cast and crew."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

import aiosqlite
import msgspec

from bot.answers.lookups import (
    CastEntry,
    Casting,
    CastList,
    CastOrder,
    Credit,
    CrewJob,
    CrewList,
    Source,
    WhoIs,
    WhoPlays,
)
from bot.db.rows import (
    ARTICLE_COLUMNS,
    NEWEST_FIRST,
    Query,
    distinct_sources,
    fetch,
    fetch_together,
    parse_date,
    source_of,
)
from bot.fact_kinds import CrewRole

P = TypeVar("P", bound=Hashable)

_ROLE_ROWS = f"""
    SELECT cn.character_id, c.name AS character, r.status, p.id AS person_id, p.name AS actor,
           r.corrected,
           ifnull(a.published, '') || '0' || printf('%020d', a.id)
           || printf('%020d', 999999999999999 - r.id) AS recency,
           {ARTICLE_COLUMNS}
    FROM roles AS r
    JOIN character_names AS cn ON cn.name_key = r.character_key
    JOIN characters AS c ON c.id = cn.character_id
    JOIN articles AS a ON a.id = r.article_id
    JOIN person_names AS pn ON pn.name_key = r.actor_key
    JOIN people AS p ON p.id = pn.person_id
    WHERE r.served
"""
_MODERATORS_CASTINGS = "k.action = 'cast' AND k.fact_kind IS NULL AND k.undone_at IS NULL"
_CASTING_ROWS = f"""
    SELECT cn.character_id, c.name AS character, 'current' AS status, p.id AS person_id,
           p.name AS actor, 1 AS corrected,
           substr(k.created_at, 1, 10) || '1' || printf('%020d', k.id) AS recency,
           '' AS file_name, '' AS article_title, '' AS article_lede,
           substr(k.created_at, 1, 10) AS published, NULL AS article_url
    FROM corrections AS k
    JOIN character_names AS cn ON cn.name_key = k.subject_key
    JOIN characters AS c ON c.id = cn.character_id
    JOIN person_names AS pn ON pn.name_key = k.value_key
    JOIN people AS p ON p.id = pn.person_id
    WHERE {_MODERATORS_CASTINGS}
"""
"""The moderators' castings, as role statements of their own: the newest statements of all on
the day they were made (see ``recency``: newest article first, and in one article in the order
it states them), with the moderators as their source."""


class _Names(msgspec.Struct, frozen=True):
    display: str
    aliases: tuple[str, ...]
    merged: tuple[Source, ...]
    """The moderators, as a source, if they merged any of these names (as of the latest)."""


_ENTITY_TABLES = {
    "character": ("characters", "character_names", "character_id"),
    "person": ("people", "person_names", "person_id"),
}


async def name_rows(conn: aiosqlite.Connection, kind: str) -> list[tuple[int, str, str]]:
    """Every name of every character or person (``kind``): (entity id, name key, display)."""
    table, names_table, column = _ENTITY_TABLES[kind]
    rows = await fetch(
        conn,
        f"SELECT e.id, n.name_key, e.name FROM {names_table} AS n"
        f" JOIN {table} AS e ON e.id = n.{column}",
    )
    return [(row[0], row[1], row[2]) for row in rows]


_APART = {
    "character": ("character_key", "actor_key"),
    "person": ("actor_key", "character_key"),
}
"""For each kind: the roles column naming it, and the column that differs when one article
casts two of that kind as different parts."""


async def cast_apart(
    conn: aiosqlite.Connection, kind: str, first_id: int, second_id: int
) -> str | None:
    """The title of an article that casts the two people (or characters) as different parts:
    two characters with different actors, two people playing different characters; None if
    no article does. Such names are not one entity, whatever their spelling."""
    _, names_table, column = _ENTITY_TABLES[kind]
    named, other = _APART[kind]
    rows = await fetch(
        conn,
        f"""
        SELECT coalesce(a.title, a.lede) FROM roles AS r1
        JOIN {names_table} AS n1 ON n1.name_key = r1.{named} AND n1.{column} = ?1
        JOIN roles AS r2 ON r2.article_id = r1.article_id AND r2.{other} != r1.{other}
        JOIN {names_table} AS n2 ON n2.name_key = r2.{named} AND n2.{column} = ?2
        JOIN articles AS a ON a.id = r1.article_id
        WHERE r1.served AND r2.served LIMIT 1
        """,
        (first_id, second_id),
    )
    return str(rows[0][0]) if rows else None


async def spelling(conn: aiosqlite.Connection, kind: str, key: str) -> str | None:
    """How the articles spell the name with this key (person or character ``kind``)."""
    _, names_table, _ = _ENTITY_TABLES[kind]
    rows = await fetch(conn, f"SELECT name FROM {names_table} WHERE name_key = ?", (key,))
    return str(rows[0][0]) if rows else None


async def examples(conn: aiosqlite.Connection) -> dict[str, str]:
    """The most-cast character and actor and the most-quoted speaker, for example commands.

    Keys: ``character``, ``actor``, ``speaker``; a key is absent when nothing fits.
    """
    rows = await fetch(
        conn,
        """
        SELECT
          (SELECT c.name FROM roles AS r
           JOIN character_names AS cn ON cn.name_key = r.character_key
           JOIN characters AS c ON c.id = cn.character_id
           WHERE r.served GROUP BY c.id ORDER BY count(*) DESC, c.name LIMIT 1) AS character,
          (SELECT p.name FROM roles AS r
           JOIN person_names AS pn ON pn.name_key = r.actor_key
           JOIN people AS p ON p.id = pn.person_id
           WHERE r.served GROUP BY p.id ORDER BY count(*) DESC, p.name LIMIT 1) AS actor,
          (SELECT p.name FROM quotes AS q
           JOIN person_names AS pn ON pn.name_key = q.speaker_key
           JOIN people AS p ON p.id = pn.person_id
           WHERE q.served GROUP BY p.id ORDER BY count(*) DESC, p.name LIMIT 1) AS speaker
        """,
    )
    return {key: value for key, value in dict(rows[0]).items() if value}


def _names_query(kind: str, entity_id: int) -> Query:
    """An entity's spellings, with its display name and the latest merge of each
    (:func:`_names_of` reads them)."""
    table, names_table, column = _ENTITY_TABLES[kind]
    return (
        f"""
        SELECT e.name AS display, n.name,
               (SELECT max(k.created_at) FROM corrections AS k
                WHERE k.action = 'merge' AND k.fact_kind IS NULL AND k.undone_at IS NULL
                  AND k.name_kind = ?2 AND n.name_key IN (k.subject_key, k.value_key))
               AS merged_at
        FROM {table} AS e JOIN {names_table} AS n ON n.{column} = e.id WHERE e.id = ?1
        """,
        (entity_id, kind),
    )


def _names_of(rows: Sequence[sqlite3.Row]) -> _Names:
    """An entity's display name and its other spellings."""
    display = rows[0]["display"]
    aliases = tuple(sorted({row["name"] for row in rows} - {display}))
    merged_at = max((row["merged_at"] for row in rows if row["merged_at"]), default=None)
    merged = (Source("", "", parse_date(merged_at[:10]), corrected=True),) if merged_at else ()
    return _Names(display, aliases, merged)


def _role_rows(condition: str, params: Sequence[object] = ()) -> Query:
    """The role statements meeting ``condition`` (on ``cn``, ``pn``; parameters numbered, as
    it is used twice), newest first: the articles' and the moderators' castings."""
    return (
        f"{_ROLE_ROWS} AND {condition} UNION ALL {_CASTING_ROWS} AND {condition}"
        " ORDER BY recency DESC",
        params,
    )


async def who_plays(conn: aiosqlite.Connection, character_id: int) -> WhoPlays:
    rows, name_rows = await fetch_together(
        conn,
        [
            _role_rows("cn.character_id = ?1", (character_id,)),
            _names_query("character", character_id),
        ],
    )
    names = _names_of(name_rows)
    current, previous = castings(rows)
    return WhoPlays(
        character=names.display,
        aliases=names.aliases,
        current=current,
        previous=previous,
        sources=distinct_sources(rows, names.merged),
    )


def castings(rows: Sequence[sqlite3.Row]) -> tuple[Casting | None, tuple[Casting, ...]]:
    """From one character's role statements, newest first: the current actor and earlier ones
    (see :func:`current_actor`)."""
    latest_by_person: dict[int, sqlite3.Row] = {}
    for row in rows:
        latest_by_person.setdefault(row["person_id"], row)
    current = current_actor((row["person_id"], row["status"] == "former") for row in rows)
    cast = {p: Casting(row["actor"], source_of(row)) for p, row in latest_by_person.items()}
    previous = tuple(casting for p, casting in cast.items() if p != current)
    return (cast[current] if current is not None else None), previous


_COVERED_BY = {CrewRole.PRODUCER.value: CrewRole.EXECUTIVE_PRODUCER.value}
"""A job that adds no credit for someone credited with the other: "his new role as a
producer" is no second credit for a known executive producer."""


def shown_jobs(jobs: Iterable[str]) -> set[str]:
    """The crew jobs ``/crew`` and ``/who-is`` credit one person with, of all they hold."""
    held = set(jobs)
    return {job for job in held if _COVERED_BY.get(job) not in held}


def current_actor(statements: Iterable[tuple[P, bool]]) -> P | None:
    """Who plays a character now, from its role statements newest first: (person, left).

    The newest "plays" statement wins, unless the same or a newer article says that actor left.
    """
    left: set[P] = set()
    for person, has_left in statements:
        if has_left:
            left.add(person)
        elif person not in left:
            return person
    return None


async def who_is(conn: aiosqlite.Connection, person_id: int) -> WhoIs:
    # Every casting of every character this person played, in one query: who plays a role
    # now depends on the other actors' statements too. With the names, crew credits and the
    # articles they are quoted in: one trip to the database thread.
    roles_query = _role_rows(
        f"""
        cn.character_id IN (
            SELECT played.character_id FROM roles AS r
            JOIN person_names AS pn ON pn.name_key = r.actor_key
            JOIN character_names AS played ON played.name_key = r.character_key
            WHERE pn.person_id = ?1 AND r.served
            UNION
            SELECT played.character_id FROM corrections AS k
            JOIN person_names AS pn ON pn.name_key = k.value_key
            JOIN character_names AS played ON played.name_key = k.subject_key
            WHERE pn.person_id = ?1 AND {_MODERATORS_CASTINGS}
        )
        """,
        (person_id,),
    )
    jobs_query = (
        f"""
        SELECT cc.role, cc.corrected, {ARTICLE_COLUMNS} FROM crew_credits AS cc
        JOIN person_names AS pn ON pn.name_key = cc.person_key
        JOIN articles AS a ON a.id = cc.article_id
        WHERE pn.person_id = ? AND cc.served ORDER BY {NEWEST_FIRST}
        """,
        (person_id,),
    )
    # The articles they are quoted in are sources too: someone known only from quotes is
    # still from somewhere. Their speaker keys are the person's name keys, as _names_query's.
    quoted_query = (
        f"""
        SELECT {ARTICLE_COLUMNS} FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
        WHERE q.served AND q.speaker_key IN (
            SELECT name_key FROM person_names WHERE person_id = ?
        )
        """,
        (person_id,),
    )
    name_rows, roles_played, jobs, quoted = await fetch_together(
        conn, [_names_query("person", person_id), roles_query, jobs_query, quoted_query]
    )
    names = _names_of(name_rows)
    by_character: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for role in roles_played:
        by_character[role["character_id"]].append(role)
    credits: list[Credit] = []
    sources: list[sqlite3.Row] = []
    for roles in by_character.values():
        current, _ = castings(roles)
        own = [role for role in roles if role["person_id"] == person_id]
        sources += own
        is_current = current is not None and current.actor == names.display
        credits.append(Credit(source_of(own[0]), character=own[0]["character"], current=is_current))
    shown = shown_jobs(job["role"] for job in jobs)
    for job in jobs:
        if job["role"] in shown:
            shown.discard(job["role"])
            credits.append(Credit(source_of(job), job=job["role"]))
    sources += jobs
    sources += quoted
    return WhoIs(
        person=names.display,
        aliases=names.aliases,
        credits=tuple(credits),
        quote_count=len(quoted),
        sources=distinct_sources(sources, names.merged),
    )


async def cast_list(conn: aiosqlite.Connection, order: CastOrder) -> CastList:
    """Every character with its current actor."""
    rows = await fetch(conn, *_role_rows("1"))
    by_character: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for row in rows:
        by_character[row["character_id"]].append(row)
    entries = []
    for character_rows in by_character.values():
        current, _ = castings(character_rows)
        if current is not None:
            entries.append(CastEntry(character_rows[0]["character"], current.actor, current.source))
    if order is CastOrder.ALPHABETICAL:
        entries.sort(key=lambda entry: entry.character.casefold())
    # Otherwise rows came newest first, so characters are in order of their newest casting.
    return CastList(tuple(entries), order)


async def crew_list(conn: aiosqlite.Connection) -> CrewList:
    """Each job with the people credited with it, in order of first credit."""
    rows = await fetch(
        conn,
        f"""
        SELECT cc.role, p.id AS person_id, p.name, cc.corrected, {ARTICLE_COLUMNS}
        FROM crew_credits AS cc
        JOIN person_names AS pn ON pn.name_key = cc.person_key
        JOIN people AS p ON p.id = pn.person_id
        JOIN articles AS a ON a.id = cc.article_id
        WHERE cc.served
        ORDER BY a.published NULLS FIRST, a.id, cc.id
        """,
    )
    held: dict[int, set[str]] = defaultdict(set)
    for row in rows:
        held[row["person_id"]].add(row["role"])
    shown = {person: shown_jobs(roles) for person, roles in held.items()}
    jobs: dict[str, dict[str, None]] = defaultdict(dict)
    for row in rows:
        if row["role"] in shown[row["person_id"]]:
            jobs[row["role"]][row["name"]] = None
    return CrewList(
        tuple(CrewJob(job, tuple(people)) for job, people in jobs.items()),
        distinct_sources(rows),
    )
