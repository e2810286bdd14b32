"""When the film comes out: the premiere date, how it moved, or the latest outlook."""

from __future__ import annotations

import sqlite3

import aiosqlite

from bot.answers.lookups import DatedFact, Production, ProductionStatus, ReleaseInfo
from bot.db.rows import (
    ARTICLE_COLUMNS,
    NEWEST_FIRST,
    distinct_sources,
    fetch,
    parse_date,
    scalar,
    source_of,
)
from bot.facts import ReleaseKind

_PRODUCTION_STAGES = {
    ReleaseKind.FILMING_WRAPPED: Production.WRAPPED,
    ReleaseKind.FILMING_STARTED: Production.STARTED,
    ReleaseKind.FILMING_PLANNED: Production.PLANNED,
}
"""Most advanced first: once filming wrapped, an older "due to start" no longer matters."""


async def release_info(conn: aiosqlite.Connection) -> ReleaseInfo:
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
    newest = await scalar(conn, "SELECT max(published) FROM articles")

    window = None if premiere is not None else latest[ReleaseKind.WINDOW]
    stage = next((kind for kind in _PRODUCTION_STAGES if latest[kind] is not None), None)
    stage_row = latest[stage] if stage else None
    production = None
    if stage and stage_row:
        production = ProductionStatus(
            _PRODUCTION_STAGES[stage],
            parse_date(stage_row["date"]),
            stage_row["period"],
            source_of(stage_row),
        )
    used = [premiere, previous, window, latest[ReleaseKind.TITLE], withdrawn, stage_row]
    return ReleaseInfo(
        premiere=_dated(premiere, "date"),
        previous_premiere=_dated(previous, "date"),
        window=_dated(window, "period"),
        title=_dated(latest[ReleaseKind.TITLE], "title"),
        production=production,
        as_of=parse_date(newest),
        sources=distinct_sources([row for row in used if row is not None]),
    )


async def _latest_statement(
    conn: aiosqlite.Connection, kind: ReleaseKind, other_than: str | None = None
) -> sqlite3.Row | None:
    """The newest article's statement of a kind (optionally with a different date)."""
    rows = await fetch(
        conn,
        f"""
        SELECT rs.date, rs.period, rs.title, rs.hedged, rs.corrected, a.id AS article_id,
               {ARTICLE_COLUMNS}
        FROM release_statements AS rs JOIN articles AS a ON a.id = rs.article_id
        WHERE rs.kind = ? AND rs.served AND (? IS NULL OR rs.date IS NOT ?)
        ORDER BY {NEWEST_FIRST}, rs.id LIMIT 1
        """,
        (kind.value, other_than, other_than),
    )
    return rows[0] if rows else None


def _is_newer(row: sqlite3.Row, than: sqlite3.Row) -> bool:
    def order(r: sqlite3.Row) -> tuple[str, int]:
        return (r["published"] or "", r["article_id"])

    return order(row) > order(than)


def _dated(row: sqlite3.Row | None, column: str) -> DatedFact | None:
    if row is None or row[column] is None:
        return None
    return DatedFact(row[column], source_of(row), bool(row["hedged"]))
