"""Facts as moderators see them: one by its id, those held back for review, choices to pick.

Every fact kind is read through one shape (:data:`_LINES`): its id, what it says in two parts
(see :class:`~bot.answers.corrections.FactLine`), its evidence and certainty, whether it is
served and corrected, and its article. Held facts' names are not in the name tables (they may
be misreadings), so the spelling the article used stands in.
"""

from __future__ import annotations

import re
import sqlite3
from enum import StrEnum

import aiosqlite
import msgspec

from bot.answers.corrections import HeldFact
from bot.answers.lookups import FactLine
from bot.corrections import FactId, FactKind
from bot.db.fact_rows import CONTENT_SQL
from bot.db.rows import (
    ARTICLE_COLUMNS,
    LIKE_ESCAPE,
    containing,
    fetch,
    release_statement,
    scalar,
    source_of,
)

_TEMPLATES = {
    FactKind.CAST: """
        SELECT 'cast' AS kind, r.fact_id AS number,
               coalesce(p.name, nullif(r.actor_name, ''), r.actor_key) AS subject,
               coalesce(c.name, nullif(r.character_name, ''), r.character_key)
                 || CASE r.status WHEN 'former' THEN ' (has left the role)' ELSE '' END AS detail,
               r.evidence, r.confidence, r.doubt, r.served, r.corrected, a.id AS article_id,
               {content} AS content, {no_statement},
               {articles}
        FROM roles AS r JOIN articles AS a ON a.id = r.article_id
        LEFT JOIN person_names AS pn ON pn.name_key = r.actor_key
        LEFT JOIN people AS p ON p.id = pn.person_id
        LEFT JOIN character_names AS cn ON cn.name_key = r.character_key
        LEFT JOIN characters AS c ON c.id = cn.character_id
        WHERE {where}""",
    FactKind.CREW: """
        SELECT 'crew' AS kind, cc.fact_id AS number,
               coalesce(p.name, nullif(cc.person_name, ''), cc.person_key) AS subject,
               cc.role AS detail,
               cc.evidence, cc.confidence, cc.doubt, cc.served, cc.corrected, a.id AS article_id,
               {content} AS content, {no_statement},
               {articles}
        FROM crew_credits AS cc JOIN articles AS a ON a.id = cc.article_id
        LEFT JOIN person_names AS pn ON pn.name_key = cc.person_key
        LEFT JOIN people AS p ON p.id = pn.person_id
        WHERE {where}""",
    FactKind.RELEASE: """
        SELECT 'release' AS kind, rs.fact_id AS number, rs.kind AS subject,
               coalesce(rs.date, rs.period, rs.title, '')
                 || CASE WHEN rs.hedged THEN ' (not certain)' ELSE '' END AS detail,
               rs.evidence, rs.confidence, rs.doubt, rs.served, rs.corrected, a.id AS article_id,
               {content} AS content, rs.date, rs.period, rs.title, rs.hedged,
               {articles}
        FROM release_statements AS rs JOIN articles AS a ON a.id = rs.article_id
        WHERE {where} GROUP BY rs.fact_id""",
    FactKind.QUOTE: """
        SELECT 'quote' AS kind, q.id AS number, q.text AS subject,
               CASE q.source WHEN 'unattributed' THEN '' ELSE coalesce(p.name, q.speaker_label)
               END AS detail,
               q.attribution AS evidence, q.confidence, q.doubt, q.served, q.corrected,
               a.id AS article_id, q.text AS content, {no_statement},
               {articles}
        FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
        LEFT JOIN person_names AS pn ON pn.name_key = q.speaker_key
        LEFT JOIN people AS p ON p.id = pn.person_id
        WHERE {where}""",
}
_ALIAS = {FactKind.CAST: "r", FactKind.CREW: "cc", FactKind.RELEASE: "rs", FactKind.QUOTE: "q"}
_NO_STATEMENT = "NULL AS date, NULL AS period, NULL AS title, 0 AS hedged"
"""The release statement's columns, empty, for the kinds that have none (one shape for all)."""
_LINES = {
    kind: template.replace("{content}", CONTENT_SQL[kind].format(t=_ALIAS[kind]))
    .replace("{no_statement}", _NO_STATEMENT)
    .replace("{articles}", ARTICLE_COLUMNS)
    for kind, template in _TEMPLATES.items()
}
"""Each kind's facts in one shape, with their content key; ``{where}`` is left to fill."""
_NUMBER = {kind: f"{alias}.fact_id" for kind, alias in _ALIAS.items()} | {FactKind.QUOTE: "q.id"}
_OLDEST_FIRST = "published ASC NULLS FIRST, article_id, kind, number"
_VISIBILITY = """
    SELECT c.fact_number FROM corrections AS c
    WHERE c.fact_kind = '{kind}' AND c.action = 'hide' AND c.undone_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM corrections AS later
                      WHERE later.fact_kind = c.fact_kind AND later.fact_number = c.fact_number
                        AND later.action = 'unhide' AND later.undone_at IS NULL
                        AND later.id > c.id)
"""
"""The facts of a kind a hide in force applies to (no later unhide in force)."""
_TYPED_ID = re.compile(r"^\s*(cast|crew|release|quote)\s*[-#]?\s*(\d*)\s*$", re.IGNORECASE)


class Scope(StrEnum):
    """Which facts to offer: held for review, served (to hide), hidden (to bring back), any."""

    HELD = "held"
    SERVED = "served"
    HIDDEN = "hidden"
    ANY = "any"


class FactRecord(msgspec.Struct, frozen=True):
    """A fact as stored, for a correction to act on."""

    line: FactLine
    file_name: str
    content: str
    """Its content key (see :func:`bot.corrections.content_key`)."""
    served: bool


def fact_record(writer: sqlite3.Connection, fact_id: FactId) -> FactRecord | None:
    """The fact with this id as its article now states it; None if no article does."""
    kind = fact_id.kind
    sql = _LINES[kind].format(where=f"{_NUMBER[kind]} = ?") + " LIMIT 1"
    row = writer.execute(sql, (fact_id.number,)).fetchone()
    if row is None:
        return None
    return FactRecord(_line(row), row["file_name"], row["content"], bool(row["served"]))


def also_served(writer: sqlite3.Connection, fact_id: FactId, content: str) -> list[FactId]:
    """The other served facts that say what ``fact_id`` says (its ``content`` key), in any
    article: hiding one fact leaves these in the answers."""
    kind = fact_id.kind
    where = f"{_in_scope(Scope.SERVED, kind)} AND {_NUMBER[kind]} != ?"
    rows = writer.execute(
        f"SELECT DISTINCT number FROM ({_LINES[kind].format(where=where)})"
        " WHERE content = ? ORDER BY number",
        (fact_id.number, content),
    ).fetchall()
    return [FactId(kind, row[0]) for row in rows]


def fact_was_stored(writer: sqlite3.Connection, fact_id: FactId) -> bool:
    """Whether a fact no article states now had this id (its article was removed, or says
    otherwise now): ids are kept when their facts are deleted."""
    row = writer.execute(
        "SELECT 1 FROM fact_keys WHERE kind = ? AND number = ?",
        (fact_id.kind.value, fact_id.number),
    ).fetchone()
    return row is not None


def _in_scope(scope: Scope, kind: FactKind) -> str:
    """The condition on a fact of ``kind`` (in :data:`_LINES`) for it to be in ``scope``."""
    alias = _ALIAS[kind]
    match scope:
        case Scope.HELD:  # not served, and not because of a correction: the extractor held it
            return f"{alias}.served = 0 AND {alias}.corrected = 0"
        case Scope.SERVED:
            return f"{alias}.served = 1"
        case Scope.HIDDEN:
            return f"{_NUMBER[kind]} IN ({_VISIBILITY.format(kind=kind.value)})"
        case Scope.ANY:
            return "1"


async def held_facts(conn: aiosqlite.Connection, limit: int) -> tuple[list[HeldFact], int]:
    """The facts the extractor held back that no moderator has decided on, oldest article
    first (undated ones first of all), and how many there are."""
    union = " UNION ALL ".join(
        _LINES[kind].format(where=_in_scope(Scope.HELD, kind)) for kind in FactKind
    )
    rows = await fetch(conn, f"SELECT * FROM ({union}) ORDER BY {_OLDEST_FIRST} LIMIT ?", (limit,))
    total = await scalar(conn, f"SELECT count(*) FROM ({union})")
    facts = [
        HeldFact(_line(row), row["evidence"], source_of(row), row["confidence"], row["doubt"])
        for row in rows
    ]
    return facts, int(total or 0)


async def fact_choices(
    conn: aiosqlite.Connection, scope: Scope, typed: str, limit: int
) -> list[FactLine]:
    """Facts in ``scope`` matching what a moderator typed: an id or its start ("cast-1"), or
    words of what the fact says. With nothing typed, held and hidden facts oldest first,
    served ones from the newest articles."""
    params: list[object] = []
    kinds = list(FactKind)
    number_prefix = ""
    typed_id = _TYPED_ID.match(typed)
    if typed_id:
        kinds = [FactKind(typed_id[1].lower())]
        number_prefix = typed_id[2]
    branches = []
    for kind in kinds:
        where = _in_scope(scope, kind)
        if typed_id:
            where += f" AND CAST({_NUMBER[kind]} AS TEXT) LIKE ?"
            params.append(f"{number_prefix}%")
        elif scope in (Scope.SERVED, Scope.ANY) and not typed.strip():
            where += (
                " AND a.id IN (SELECT id FROM articles ORDER BY published DESC, id DESC LIMIT 3)"
            )
        branches.append(_LINES[kind].format(where=where))
    sql = f"SELECT * FROM ({' UNION ALL '.join(branches)})"
    words = typed.strip()
    if words and not typed_id:
        sql += f" WHERE subject LIKE ?{LIKE_ESCAPE} OR detail LIKE ?{LIKE_ESCAPE}"
        params += [containing(words)] * 2
    elif scope in (Scope.HELD, Scope.HIDDEN) or typed_id:
        sql += f" ORDER BY {_OLDEST_FIRST}"
    rows = await fetch(conn, f"{sql} LIMIT ?", (*params, limit))
    return [_line(row) for row in rows]


def _line(row: sqlite3.Row) -> FactLine:
    kind = FactKind(row["kind"])
    release = release_statement(row, "subject") if kind is FactKind.RELEASE else None
    return FactLine(FactId(kind, row["number"]), row["subject"], row["detail"], release)
