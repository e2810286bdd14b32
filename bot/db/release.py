"""When the film comes out: the premiere date, how it moved, or the latest outlook."""

from __future__ import annotations

import sqlite3

import aiosqlite

from bot.answers.lookups import DatedFact, Production, ProductionStatus, ReleaseInfo
from bot.db.rows import (
    ARTICLE_COLUMNS,
    NEWEST_FIRST,
    Plan,
    Query,
    distinct_sources,
    parse_date,
    run_plan,
    run_plan_now,
    source_of,
)
from bot.fact_kinds import ReleaseKind

_PRODUCTION_STAGES = {
    ReleaseKind.FILMING_WRAPPED: Production.WRAPPED,
    ReleaseKind.FILMING_STARTED: Production.STARTED,
    ReleaseKind.FILMING_PLANNED: Production.PLANNED,
}
"""Most advanced first: once filming wrapped, an older "due to start" no longer matters."""


async def release_info(conn: aiosqlite.Connection) -> ReleaseInfo:
    """The premiere date if announced (and whether it moved), else the latest outlook."""
    return await run_plan(conn, _release_plan())


def release_info_now(writer: sqlite3.Connection) -> ReleaseInfo:
    """:func:`release_info` on the bulk ``writer``, inside its transaction: what
    ``/release-date`` will say once the transaction commits."""
    return run_plan_now(writer, _release_plan())


def _release_plan() -> Plan[ReleaseInfo]:
    latest: dict[ReleaseKind, sqlite3.Row | None] = {}
    for kind in (
        ReleaseKind.PREMIERE_DATE,
        ReleaseKind.NOT_ANNOUNCED,
        ReleaseKind.WINDOW,
        ReleaseKind.TITLE,
        *_PRODUCTION_STAGES,
    ):
        rows = yield _latest_statement(kind)
        latest[kind] = rows[0] if rows else None
    premiere = latest[ReleaseKind.PREMIERE_DATE]
    withdrawn = latest[ReleaseKind.NOT_ANNOUNCED]
    if premiere is not None and withdrawn is not None and _is_newer(withdrawn, premiere):
        premiere = None
    previous = None
    if premiere is not None:
        rows = yield _latest_statement(ReleaseKind.PREMIERE_DATE, other_than=premiere["date"])
        previous = rows[0] if rows else None
    newest = yield ("SELECT max(published) FROM articles", ())

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
        as_of=parse_date(newest[0][0] if newest else None),
        sources=distinct_sources([row for row in used if row is not None]),
    )


def _latest_statement(kind: ReleaseKind, other_than: str | None = None) -> Query:
    """The newest article's statement of a kind (optionally with a different date)."""
    sql = f"""
        SELECT rs.date, rs.period, rs.title, rs.hedged, rs.corrected, a.id AS article_id,
               {ARTICLE_COLUMNS}
        FROM release_statements AS rs JOIN articles AS a ON a.id = rs.article_id
        WHERE rs.kind = ? AND rs.served AND (? IS NULL OR rs.date IS NOT ?)
        ORDER BY {NEWEST_FIRST}, rs.id LIMIT 1
    """
    return (sql, (kind.value, other_than, other_than))


def _is_newer(row: sqlite3.Row, than: sqlite3.Row) -> bool:
    def order(r: sqlite3.Row) -> tuple[str, int]:
        return (r["published"] or "", r["article_id"])

    return order(row) > order(than)


def _dated(row: sqlite3.Row | None, column: str) -> DatedFact | None:
    if row is None or row[column] is None:
        return None
    return DatedFact(row[column], source_of(row), bool(row["hedged"]))
