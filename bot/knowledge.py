"""The query layer: answers to members' questions, read from the knowledge base.

Returns the plain answer objects of :mod:`bot.answers`; never formats anything. Name indexes
for fuzzy lookup and autocomplete are built once and dropped when ingestion changes the
knowledge (:meth:`Knowledge.invalidate`).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sqlite3
from collections.abc import Sequence

import aiosqlite

from bot.answers import (
    Casting,
    DatedFact,
    NotFound,
    Production,
    ProductionStatus,
    QuoteAnswer,
    ReleaseInfo,
    Source,
    WhoPlays,
)
from bot.database import Database
from bot.facts import ReleaseKind
from bot.matching import NameIndex

_NEWEST_FIRST = "a.published DESC NULLS LAST, a.id DESC"
_ARTICLE_COLUMNS = "a.file_name, a.title AS article_title, a.lede AS article_lede, a.published"
_WORD = re.compile(r"\w+")
_PRODUCTION_STAGES = {
    ReleaseKind.FILMING_WRAPPED: Production.WRAPPED,
    ReleaseKind.FILMING_STARTED: Production.STARTED,
    ReleaseKind.FILMING_PLANNED: Production.PLANNED,
}


class Knowledge:
    """Everything the bot can be asked, over the one database connection."""

    def __init__(self, db: Database, rng: random.Random | None = None) -> None:
        self._db = db
        self._rng = rng or random.Random()
        self._characters: NameIndex | None = None
        self._people: NameIndex | None = None

    def invalidate(self) -> None:
        """Forget cached name indexes after the knowledge changed."""
        self._characters = self._people = None

    async def character_index(self) -> NameIndex:
        if self._characters is None:
            self._characters = await self._index("characters", "character_names", "character_id")
        return self._characters

    async def people_index(self) -> NameIndex:
        if self._people is None:
            self._people = await self._index("people", "person_names", "person_id")
        return self._people

    async def _index(self, table: str, names_table: str, id_column: str) -> NameIndex:
        async with (
            self._db.reading() as conn,
            conn.execute(
                f"SELECT e.id, n.name_key, e.name FROM {names_table} AS n"
                f" JOIN {table} AS e ON e.id = n.{id_column}"
            ) as cursor,
        ):
            rows = await cursor.fetchall()
        return NameIndex.build((row[0], row[1], row[2]) for row in rows)

    async def who_plays(self, character: str) -> WhoPlays | NotFound:
        """Who plays a character now, who played it before, and where that was said."""
        index = await self.character_index()
        match = index.match(character)
        if match.entity_id is None:
            return NotFound("character", character, match.suggestions)
        async with self._db.reading() as conn:
            rows = await _fetch(
                conn,
                f"""
                SELECT r.status, p.id AS person_id, p.name AS actor, {_ARTICLE_COLUMNS}
                FROM character_names AS cn
                JOIN roles AS r ON r.character_key = cn.name_key
                JOIN articles AS a ON a.id = r.article_id
                JOIN person_names AS pn ON pn.name_key = r.actor_key
                JOIN people AS p ON p.id = pn.person_id
                WHERE cn.character_id = ?
                ORDER BY {_NEWEST_FIRST}
                """,
                (match.entity_id,),
            )
            aliases = await _fetch(
                conn,
                "SELECT DISTINCT name FROM character_names WHERE character_id = ?",
                (match.entity_id,),
            )
        name = index.display[match.entity_id]
        current, previous = _castings(rows)
        return WhoPlays(
            character=name,
            aliases=tuple(sorted({row["name"] for row in aliases} - {name})),
            current=current,
            previous=previous,
            sources=_distinct_sources(rows),
        )

    async def release_info(self) -> ReleaseInfo:
        """The premiere date if announced (and whether it moved), else the latest outlook."""
        async with self._db.reading() as conn:
            latest = {
                kind: await _latest_statement(conn, kind)
                for kind in (
                    ReleaseKind.PREMIERE_DATE,
                    ReleaseKind.NOT_ANNOUNCED,
                    ReleaseKind.WINDOW,
                    ReleaseKind.TITLE,
                    *_PRODUCTION_STAGES,
                )
            }
            premiere = latest[ReleaseKind.PREMIERE_DATE]
            withdrawn = latest[ReleaseKind.NOT_ANNOUNCED]
            if premiere is not None and withdrawn is not None and _is_newer(withdrawn, premiere):
                premiere = None
            previous = None
            if premiere is not None:
                previous = await _latest_statement(
                    conn, ReleaseKind.PREMIERE_DATE, other_than=premiere["date"]
                )
            async with conn.execute("SELECT max(published) FROM articles") as cursor:
                newest = await cursor.fetchone()

        window = None if premiere is not None else latest[ReleaseKind.WINDOW]
        stage = next((kind for kind in _PRODUCTION_STAGES if latest[kind] is not None), None)
        stage_row = latest[stage] if stage else None
        production = None
        if stage and stage_row:
            production = ProductionStatus(
                _PRODUCTION_STAGES[stage],
                _date(stage_row["date"]),
                stage_row["period"],
                _source(stage_row),
            )
        used = [premiere, previous, window, latest[ReleaseKind.TITLE], withdrawn, stage_row]
        return ReleaseInfo(
            premiere=_dated(premiere, "date"),
            previous_premiere=_dated(previous, "date"),
            window=_dated(window, "period"),
            title=_dated(latest[ReleaseKind.TITLE], "title"),
            production=production,
            as_of=_date(newest[0]) if newest else None,
            sources=_distinct_sources([row for row in used if row is not None]),
        )

    async def quote(
        self, person: str | None = None, about: str | None = None, number: int | None = None
    ) -> QuoteAnswer | NotFound:
        """A random quote, optionally by one speaker and containing some words; or quote N."""
        conditions: list[str] = ["1"]
        params: list[object] = []
        if number is not None:
            conditions.append("q.id = ?")
            params.append(number)
        if person:
            keys = await self._speaker_keys(person)
            if keys is None:
                people = await self.people_index()
                return NotFound("person", person, people.match(person).suggestions)
            conditions.append(
                "(q.speaker_key IN (SELECT value FROM json_each(?)) OR q.speaker_label = ?)"
            )
            params += [json.dumps(keys), person.strip()]
        words = _WORD.findall(about or "")
        if words:
            conditions.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(" ".join(f'"{word}"' for word in words))
        where = " AND ".join(conditions)
        async with self._db.reading() as conn:
            # Whole quotes first; a few words quoted inside reported speech only if nothing else.
            if number is None and await _count_quotes(conn, f"{where} AND q.fragment = 0", params):
                where += " AND q.fragment = 0"
            count = await _count_quotes(conn, where, params)
            if count == 0:
                return NotFound("quote", _describe_quote_query(person, about, number))
            rows = await _fetch(
                conn,
                f"""
                SELECT q.id, q.text, q.fragment, coalesce(p.name, q.speaker_label) AS speaker,
                       {_ARTICLE_COLUMNS}
                FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
                LEFT JOIN person_names AS pn ON pn.name_key = q.speaker_key
                LEFT JOIN people AS p ON p.id = pn.person_id
                WHERE {where} ORDER BY q.id LIMIT 1 OFFSET ?
                """,
                (*params, self._rng.randrange(count)),
            )
        row = rows[0]
        return QuoteAnswer(
            row["id"], row["text"], row["speaker"], bool(row["fragment"]), _source(row)
        )

    async def _speaker_keys(self, person: str) -> list[str] | None:
        """The name keys of the person meant, or of an organisation quoted by that name."""
        people = await self.people_index()
        match = people.match(person)
        async with self._db.reading() as conn:
            if match.entity_id is not None:
                rows = await _fetch(
                    conn,
                    "SELECT name_key FROM person_names WHERE person_id = ?",
                    (match.entity_id,),
                )
                return [row["name_key"] for row in rows]
            rows = await _fetch(
                conn, "SELECT 1 FROM quotes WHERE speaker_label = ? LIMIT 1", (person.strip(),)
            )
        return [] if rows else None


async def _fetch(
    conn: aiosqlite.Connection, sql: str, params: Sequence[object] = ()
) -> list[sqlite3.Row]:
    async with conn.execute(sql, params) as cursor:
        return list(await cursor.fetchall())


async def _count_quotes(conn: aiosqlite.Connection, where: str, params: Sequence[object]) -> int:
    async with conn.execute(f"SELECT count(*) FROM quotes AS q WHERE {where}", params) as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def _latest_statement(
    conn: aiosqlite.Connection, kind: ReleaseKind, other_than: str | None = None
) -> sqlite3.Row | None:
    """The newest article's statement of a kind (optionally with a different date)."""
    rows = await _fetch(
        conn,
        f"""
        SELECT rs.date, rs.period, rs.title, rs.hedged, a.id AS article_id, {_ARTICLE_COLUMNS}
        FROM release_statements AS rs JOIN articles AS a ON a.id = rs.article_id
        WHERE rs.kind = ? AND (? IS NULL OR rs.date IS NOT ?)
        ORDER BY {_NEWEST_FIRST}, rs.id LIMIT 1
        """,
        (kind.value, other_than, other_than),
    )
    return rows[0] if rows else None


def _is_newer(row: sqlite3.Row, than: sqlite3.Row) -> bool:
    def order(r: sqlite3.Row) -> tuple[str, int]:
        return (r["published"] or "", r["article_id"])

    return order(row) > order(than)


def _castings(rows: Sequence[sqlite3.Row]) -> tuple[Casting | None, tuple[Casting, ...]]:
    """From role statements newest first: the current actor and the earlier ones.

    The newest "plays" statement wins, unless the same or a newer article says that actor left.
    """
    current: int | None = None
    latest_by_person: dict[int, sqlite3.Row] = {}
    left: set[int] = set()
    for row in rows:
        person = row["person_id"]
        latest_by_person.setdefault(person, row)
        if row["status"] == "former":
            left.add(person)
        elif current is None and person not in left:
            current = person
    castings = {p: Casting(row["actor"], _source(row)) for p, row in latest_by_person.items()}
    previous = tuple(casting for p, casting in castings.items() if p != current)
    return (castings[current] if current is not None else None), previous


def _source(row: sqlite3.Row) -> Source:
    title = row["article_title"] or row["article_lede"]
    return Source(row["file_name"], title, _date(row["published"]))


def _distinct_sources(rows: Sequence[sqlite3.Row]) -> tuple[Source, ...]:
    sources = dict.fromkeys(_source(row) for row in rows)
    return tuple(sorted(sources, key=lambda s: s.published or dt.date.min, reverse=True))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _dated(row: sqlite3.Row | None, column: str) -> DatedFact | None:
    if row is None or row[column] is None:
        return None
    return DatedFact(row[column], _source(row), bool(row["hedged"]))


def _describe_quote_query(person: str | None, about: str | None, number: int | None) -> str:
    parts = [
        f"#{number}" if number is not None else "",
        f"by {person}" if person else "",
        f"about {about}" if about else "",
    ]
    return " ".join(part for part in parts if part) or "any"
