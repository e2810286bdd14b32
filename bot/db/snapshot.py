"""Before and after one article: what its alert compares, and the rows that is built from.

While an ingest runs, the reconciled knowledge is kept in memory (:mod:`bot.ingestion.ledger`),
built from the rows read here on the bulk ``writer`` (see :mod:`bot.db`), inside the ingest's
transaction. What one new article changed reaches the alert hook as a
:class:`KnowledgeChange`, in the names ``/cast``, ``/crew`` and ``/release-date`` show.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection

import msgspec

from bot.answers.lookups import ReleaseInfo


class RoleRow(msgspec.Struct, frozen=True):
    """A served role statement, as ``/cast`` reads it."""

    newest: tuple[str, int, int]
    """Sorts as ``/cast`` orders statements: (published or "", article id, -statement id);
    the greatest is the newest."""
    article_id: int
    actor_key: str
    character_key: str
    left: bool
    """The article says the actor left the role."""


class CreditRow(msgspec.Struct, frozen=True):
    """A served crew credit."""

    article_id: int
    person_key: str
    role: str


class Contribution(msgspec.Struct, frozen=True):
    """What one stored article brings to the knowledge: its names, roles and credits."""

    article_id: int
    names: frozenset[tuple[str, str]]
    """(kind, name key) of every name it uses."""
    roles: tuple[RoleRow, ...]
    credits: tuple[CreditRow, ...]
    release: bool
    """It states something served about the release or production."""


class CastChange(msgspec.Struct, frozen=True):
    """A character whose actor changed, in the names ``/cast`` shows afterwards."""

    character: str
    actor: str | None
    """Who plays it now; None when nobody does any more."""
    previous: str | None
    """Who played it before; None when nobody did."""


class CrewChange(msgspec.Struct, frozen=True):
    """A crew credit ``/crew`` did not show before."""

    person: str
    role: str
    """A :class:`~bot.facts.CrewRole` value."""


class NewQuote(msgspec.Struct, frozen=True):
    """A served quote no earlier article had."""

    text: str
    speaker: str
    """The person as ``/who-is`` names them, the organisation or unnamed source's label, or
    empty when the quote is unattributed."""
    fragment: bool


class KnowledgeChange(msgspec.Struct, frozen=True):
    """What one new article changed in the reconciled knowledge."""

    cast: tuple[CastChange, ...] = ()
    crew: tuple[CrewChange, ...] = ()
    release_before: ReleaseInfo | None = None
    release_after: ReleaseInfo | None = None
    """``/release-date``'s answer just before and just after the article."""
    quotes: tuple[NewQuote, ...] = ()


_ROLE_COLUMNS = """
    SELECT ifnull(a.published, ''), a.id, r.id, r.actor_key, r.character_key, r.status
    FROM roles AS r JOIN articles AS a ON a.id = r.article_id WHERE r.served
"""
_CREDIT_COLUMNS = "SELECT article_id, person_key, role FROM crew_credits WHERE served"


def roles_of(writer: sqlite3.Connection, character_keys: Collection[str]) -> list[RoleRow]:
    """The served statements about these characters (by name key)."""
    return _roles(writer, "r.character_key", character_keys)


def roles_by(writer: sqlite3.Connection, actor_keys: Collection[str]) -> list[RoleRow]:
    """The served statements about these actors (by name key)."""
    return _roles(writer, "r.actor_key", actor_keys)


def credits_of(writer: sqlite3.Connection, person_keys: Collection[str]) -> list[CreditRow]:
    """The served crew credits of these people (by name key)."""
    if not person_keys:
        return []
    rows = writer.execute(
        f"{_CREDIT_COLUMNS} AND person_key IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(person_keys)),),
    ).fetchall()
    return [CreditRow(*row) for row in rows]


def _roles(writer: sqlite3.Connection, column: str, keys: Collection[str]) -> list[RoleRow]:
    if not keys:
        return []
    rows = writer.execute(
        f"{_ROLE_COLUMNS} AND {column} IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(keys)),),
    ).fetchall()
    return [_role(row) for row in rows]


def contribution(writer: sqlite3.Connection, file_name: str) -> Contribution | None:
    """What the stored article of ``file_name`` brings (None when it is not stored)."""
    found = writer.execute("SELECT id FROM articles WHERE file_name = ?", (file_name,)).fetchone()
    if found is None:
        return None
    article_id = int(found[0])
    names = writer.execute(
        "SELECT kind, name_key FROM mentions WHERE article_id = ?", (article_id,)
    ).fetchall()
    roles = writer.execute(
        f"{_ROLE_COLUMNS} AND r.article_id = ? ORDER BY r.id", (article_id,)
    ).fetchall()
    credits = writer.execute(
        f"{_CREDIT_COLUMNS} AND article_id = ? ORDER BY id", (article_id,)
    ).fetchall()
    release = writer.execute(
        "SELECT EXISTS (SELECT 1 FROM release_statements WHERE article_id = ? AND served)",
        (article_id,),
    ).fetchone()
    return Contribution(
        article_id,
        frozenset((row[0], row[1]) for row in names),
        tuple(_role(row) for row in roles),
        tuple(CreditRow(*row) for row in credits),
        bool(release and release[0]),
    )


def quoted_elsewhere(
    writer: sqlite3.Connection, texts: Collection[str], file_name: str
) -> set[str]:
    """Which of ``texts`` another article's served quotes already have."""
    rows = writer.execute(
        "SELECT q.text FROM quotes AS q JOIN articles AS a ON a.id = q.article_id"
        " WHERE q.served AND a.file_name <> ? AND q.text IN (SELECT value FROM json_each(?))",
        (file_name, json.dumps(sorted(texts))),
    ).fetchall()
    return {row[0] for row in rows}


def _role(row: sqlite3.Row) -> RoleRow:
    published, article_id, role_id, actor, character, status = row
    return RoleRow(
        (published, article_id, -role_id), article_id, actor, character, status == "former"
    )
