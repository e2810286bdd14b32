"""Shared pieces of the query layer: fetching rows and turning article columns into sources."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Generator, Sequence
from typing import Any, TypeVar

import aiosqlite
from msgspec.structs import replace

from bot.answers.lookups import ReleaseStatement, Source
from bot.fact_kinds import ReleaseKind

NEWEST_FIRST = "a.published DESC NULLS LAST, a.id DESC"
ARTICLE_COLUMNS = (
    "a.file_name, a.title AS article_title, a.lede AS article_lede, a.published,"
    " a.url AS article_url"
)
"""Select these (with ``articles AS a`` joined) for :func:`source_of` to read."""


async def fetch(
    conn: aiosqlite.Connection, sql: str, params: Sequence[object] = ()
) -> list[sqlite3.Row]:
    # One trip to the database thread (execute, fetch and close there), not three.
    return list(await conn.execute_fetchall(sql, params))


async def fetch_together(
    conn: aiosqlite.Connection, queries: Sequence[Query]
) -> list[list[sqlite3.Row]]:
    """The rows of each of ``queries`` (independent of one another), in one trip to the
    database thread instead of one each: every trip is a hand-over of the interpreter lock to
    that thread and back, which a member's lookup waits for."""

    def run(db: sqlite3.Connection) -> list[list[sqlite3.Row]]:
        return [db.execute(sql, params).fetchall() for sql, params in queries]

    # Private on purpose: aiosqlite has no public way to run a callable on its connection's
    # thread, and _execute(fn, *args) (with the private _conn, the sqlite3 connection) is what
    # its own execute_fetchall uses to do so. Public alternatives cost a trip per query, or
    # one UNION'd statement. aiosqlite is pinned (>=0.21,<0.23 in pyproject.toml) to the
    # versions where this holds; a vanished attribute fails strict mypy (only the untyped call
    # is ignored). The queries are not one snapshot (each runs in autocommit), as before.
    rows: list[list[sqlite3.Row]] = await conn._execute(run, conn._conn)  # type: ignore[no-untyped-call]
    return rows


async def scalar(conn: aiosqlite.Connection, sql: str, params: Sequence[object] = ()) -> Any:
    """The first column of the first row (None when there is no row)."""
    rows = await fetch(conn, sql, params)
    return rows[0][0] if rows else None


T = TypeVar("T")
Query = tuple[str, Sequence[object]]
Plan = Generator[Query, list[sqlite3.Row], T]
"""A read that either kind of connection can run: it yields each query (SQL, parameters),
is sent the query's rows, and returns its result. The SQL and the logic are written once."""


async def run_plan(conn: aiosqlite.Connection, plan: Plan[T]) -> T:
    """Run ``plan`` on a reading connection (``conn``)."""
    try:
        query = next(plan)
        while True:
            query = plan.send(await fetch(conn, *query))
    except StopIteration as done:
        result: T = done.value
        return result


def run_plan_now(writer: sqlite3.Connection, plan: Plan[T]) -> T:
    """Run ``plan`` on the bulk ``writer``, inside its transaction (rows as
    :class:`sqlite3.Row`, as on a reading connection)."""
    cursor = writer.cursor()
    cursor.row_factory = sqlite3.Row
    try:
        query = next(plan)
        while True:
            query = plan.send(cursor.execute(*query).fetchall())
    except StopIteration as done:
        result: T = done.value
        return result
    finally:
        cursor.close()


def source_of(row: sqlite3.Row) -> Source:
    """The source of a row with :data:`ARTICLE_COLUMNS` (and, for a fact, its ``corrected``)."""
    title = row["article_title"] or row["article_lede"]
    try:
        corrected = bool(row["corrected"])
    except IndexError:  # not a fact's row
        corrected = False
    published = parse_date(row["published"])
    return Source(row["file_name"], title, published, row["article_url"], corrected)


def distinct_sources(
    rows: Sequence[sqlite3.Row], also: Sequence[Source] = ()
) -> tuple[Source, ...]:
    """Each article once (corrected if any of its facts used is), and the moderators once (as
    of their latest correction used), newest first."""
    merged: dict[str, Source] = {}
    for found in [*(source_of(row) for row in rows), *also]:
        seen = merged.get(found.file_name)
        if seen is None:
            merged[found.file_name] = found
        elif seen != found:  # the same article or the moderators again, otherwise told
            newer = max((seen, found), key=lambda s: s.published or dt.date.min)
            corrected = seen.corrected or found.corrected
            merged[found.file_name] = (
                newer if newer.corrected == corrected else replace(newer, corrected=corrected)
            )
    return tuple(sorted(merged.values(), key=lambda s: s.published or dt.date.min, reverse=True))


LIKE_ESCAPE = " ESCAPE '\\'"
"""Put after ``LIKE ?`` when the pattern is :func:`containing`'s."""


def containing(text: str) -> str:
    """A LIKE pattern for values containing ``text`` as typed (``%`` and ``_`` are literal)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def now_iso() -> str:
    """The current UTC time as stored in ``*_at`` columns (ISO 8601, seconds)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def release_statement(row: sqlite3.Row, kind: str) -> ReleaseStatement:
    """The statement in a row of ``release_statements``: its kind from the column ``kind``, and
    the columns ``date``, ``period``, ``title`` and ``hedged``."""
    return ReleaseStatement(
        ReleaseKind(row[kind]),
        parse_date(row["date"]),
        row["period"],
        row["title"],
        bool(row["hedged"]),
    )
