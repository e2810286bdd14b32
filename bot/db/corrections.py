"""The corrections log: what moderators corrected, and what the write path applies of it.

A correction is written on the bulk ``writer`` (see :mod:`bot.db`), in the same transaction
that applies it to the facts; so is an undo. The log is read on ``conn`` too.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

import aiosqlite
import msgspec

from bot.answers.corrections import CorrectionEntry
from bot.corrections import (
    ArticleCorrections,
    CorrectionAction,
    FactCorrection,
    FactId,
    FactKind,
)
from bot.db.fact_rows import ID_COLUMNS
from bot.db.rows import fetch, now_iso, scalar


class NewCorrection(msgspec.Struct, frozen=True):
    """A correction to record; the fields each action uses are those of
    :class:`~bot.answers.corrections.CorrectionEntry`, plus the name keys the write path
    matches on."""

    action: CorrectionAction
    user_id: int | None
    guild_id: int | None
    user_name: str = ""
    fact_id: FactId | None = None
    file_name: str | None = None
    content: str | None = None
    """With ``file_name`` and the fact's kind, its identity (see :mod:`bot.db.fact_ids`)."""
    subject: str = ""
    subject_key: str = ""
    value: str = ""
    value_key: str = ""
    previous: str = ""
    name_kind: str | None = None
    reason: str = ""


class NameCasting(msgspec.Struct, frozen=True):
    """A moderator's casting: ``actor`` plays ``character``."""

    character: str
    character_key: str
    actor: str
    actor_key: str


class NameMerge(msgspec.Struct, frozen=True):
    """Two names of one person or character (``kind``); the canonical one is shown."""

    kind: str
    variant_key: str
    canonical_key: str
    canonical: str


def record_correction(writer: sqlite3.Connection, correction: NewCorrection) -> int:
    """Add a correction to the log; its number."""
    fact = correction.fact_id
    row = writer.execute(
        """
        INSERT INTO corrections (action, fact_kind, fact_number, file_name, content, subject,
                                 subject_key, value, value_key, previous, name_kind, reason,
                                 guild_id, user_id, user_name, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
        """,
        (
            correction.action.value,
            fact.kind.value if fact else None,
            fact.number if fact else None,
            correction.file_name,
            correction.content,
            correction.subject,
            correction.subject_key,
            correction.value,
            correction.value_key,
            correction.previous,
            correction.name_kind,
            correction.reason,
            correction.guild_id,
            correction.user_id,
            correction.user_name,
            now_iso(),
        ),
    ).fetchone()
    return int(row[0])


def mark_undone(
    writer: sqlite3.Connection, number: int, user_id: int | None, guild_id: int | None
) -> bool:
    """Take a correction back (it stays in the log, marked); False if it already was."""
    row = writer.execute(
        "UPDATE corrections SET undone_at = ?, undone_by = ?, undone_guild_id = ?"
        " WHERE id = ? AND undone_at IS NULL RETURNING id",
        (now_iso(), user_id, guild_id, number),
    ).fetchone()
    return row is not None


def corrected_file(writer: sqlite3.Connection, number: int) -> str | None:
    """The article file whose fact a correction corrects; None for a correction of names."""
    row = writer.execute("SELECT file_name FROM corrections WHERE id = ?", (number,)).fetchone()
    return row[0] if row else None


_IN_FORCE = """
    SELECT c.action, c.fact_kind, c.content, c.value FROM corrections AS c
    WHERE {where} AND c.fact_kind IS NOT NULL AND c.undone_at IS NULL ORDER BY c.id
"""


def corrected_files(writer: sqlite3.Connection) -> frozenset[str]:
    """The article files with a correction of their facts in force (most often none)."""
    rows = writer.execute(
        "SELECT DISTINCT file_name FROM corrections"
        " WHERE file_name IS NOT NULL AND undone_at IS NULL"
    ).fetchall()
    return frozenset(row[0] for row in rows)


def article_corrections(writer: sqlite3.Connection, file_name: str) -> ArticleCorrections:
    """The corrections in force for the facts of the article from ``file_name``."""
    rows = writer.execute(_IN_FORCE.format(where="c.file_name = ?"), (file_name,)).fetchall()
    return _folded(rows)


def fact_corrections(writer: sqlite3.Connection, fact_id: FactId) -> ArticleCorrections:
    """The corrections in force for one fact."""
    rows = writer.execute(
        _IN_FORCE.format(where="c.fact_kind = ? AND c.fact_number = ?"),
        (fact_id.kind.value, fact_id.number),
    ).fetchall()
    return _folded(rows)


def _folded(rows: Sequence[sqlite3.Row]) -> ArticleCorrections:
    return ArticleCorrections.of(
        FactCorrection(CorrectionAction(action), FactKind(kind), content, value)
        for action, kind, content, value in rows
    )


_OF_NAMES = "FROM corrections WHERE action = ? AND fact_kind IS NULL AND undone_at IS NULL"


def moderator_castings(writer: sqlite3.Connection) -> list[NameCasting]:
    """The moderators' castings in force, oldest first."""
    rows = writer.execute(
        f"SELECT subject, subject_key, value, value_key {_OF_NAMES} ORDER BY id",
        (CorrectionAction.CAST.value,),
    ).fetchall()
    return [NameCasting(*row) for row in rows]


def name_merges(writer: sqlite3.Connection) -> list[NameMerge]:
    """The merges of names in force, oldest first."""
    rows = writer.execute(
        f"SELECT name_kind, subject_key, value_key, value {_OF_NAMES} ORDER BY id",
        (CorrectionAction.MERGE.value,),
    ).fetchall()
    return [NameMerge(*row) for row in rows]


_STORED = {
    kind: f"EXISTS (SELECT 1 FROM {table} AS f JOIN articles AS a ON a.id = f.article_id"
    f" WHERE a.file_name = c.file_name AND f.{column} = c.fact_number)"
    for kind, (table, column) in ID_COLUMNS.items()
}
_SORT = (
    "CASE {alias}.action WHEN 'reject' THEN 'approve' WHEN 'unhide' THEN 'hide'"
    " ELSE {alias}.action END"
)
"""What a correction settles: approval (approve, reject), visibility (hide, unhide) or a
quote's speaker."""
_ENTRY = f"""
    SELECT c.id, c.action, c.fact_kind, c.fact_number, c.subject, c.value, c.previous,
           c.name_kind, c.reason, c.user_id, c.user_name, c.guild_id, c.created_at, c.undone_at,
           CASE
             WHEN c.fact_kind = 'cast' THEN {_STORED[FactKind.CAST]}
             WHEN c.fact_kind = 'crew' THEN {_STORED[FactKind.CREW]}
             WHEN c.fact_kind = 'release' THEN {_STORED[FactKind.RELEASE]}
             WHEN c.fact_kind = 'quote' THEN {_STORED[FactKind.QUOTE]}
             WHEN c.action = 'cast'
               THEN EXISTS (SELECT 1 FROM character_names WHERE name_key = c.subject_key)
             WHEN c.name_kind = 'person'
               THEN EXISTS (SELECT 1 FROM person_names WHERE name_key = c.subject_key)
                AND EXISTS (SELECT 1 FROM person_names WHERE name_key = c.value_key)
             ELSE EXISTS (SELECT 1 FROM character_names WHERE name_key = c.subject_key)
              AND EXISTS (SELECT 1 FROM character_names WHERE name_key = c.value_key)
           END AS in_use,
           (SELECT min(later.id) FROM corrections AS later
            WHERE later.fact_kind = c.fact_kind AND later.fact_number = c.fact_number
              AND later.id > c.id AND later.undone_at IS NULL
              AND {_SORT.format(alias="later")} = {_SORT.format(alias="c")}) AS replaced_by
    FROM corrections AS c
"""
"""A correction is in use while what it corrects exists: its fact is in some article, its
character (a casting) or both its names (a merge) are known. It is replaced by the first later
correction in force of the same sort on the same fact (the latest of each sort wins, as
:meth:`bot.corrections.ArticleCorrections.of` folds them)."""


def correction_entry(writer: sqlite3.Connection, number: int) -> CorrectionEntry | None:
    row = writer.execute(f"{_ENTRY} WHERE c.id = ?", (number,)).fetchone()
    return _entry(row) if row else None


async def correction_log(
    conn: aiosqlite.Connection, limit: int
) -> tuple[list[CorrectionEntry], int]:
    """The newest ``limit`` corrections, newest first, and how many there are."""
    rows = await fetch(conn, f"{_ENTRY} ORDER BY c.id DESC LIMIT ?", (limit,))
    total = await scalar(conn, "SELECT count(*) FROM corrections")
    return [_entry(row) for row in rows], int(total or 0)


async def undoable(conn: aiosqlite.Connection, typed: str, limit: int) -> list[CorrectionEntry]:
    """Corrections in force whose number starts with ``typed``'s digits, newest first."""
    digits = "".join(ch for ch in typed if ch.isdigit())
    rows = await fetch(
        conn,
        f"{_ENTRY} WHERE c.undone_at IS NULL AND CAST(c.id AS TEXT) LIKE ?"
        " ORDER BY c.id DESC LIMIT ?",
        (f"{digits}%", limit),
    )
    return [_entry(row) for row in rows]


def _entry(row: sqlite3.Row) -> CorrectionEntry:
    kind = row["fact_kind"]
    return CorrectionEntry(
        number=row["id"],
        action=CorrectionAction(row["action"]),
        fact_id=FactId(FactKind(kind), row["fact_number"]) if kind else None,
        subject=row["subject"],
        value=row["value"],
        previous=row["previous"],
        name_kind=row["name_kind"],
        reason=row["reason"],
        user_id=row["user_id"],
        user_name=row["user_name"],
        guild_id=row["guild_id"],
        guild_name="",
        made_at=dt.datetime.fromisoformat(row["created_at"]),
        undone_at=dt.datetime.fromisoformat(row["undone_at"]) if row["undone_at"] else None,
        in_use=bool(row["in_use"]),
        replaced_by=row["replaced_by"],
    )
