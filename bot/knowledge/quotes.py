"""Quotes: a random one, filtered by speaker and words, or one by its number."""

from __future__ import annotations

import json
import random

import aiosqlite

from bot.answers import QuoteAnswer
from bot.knowledge.rows import ARTICLE_COLUMNS, fetch, scalar, source_of
from bot.knowledge.search import match_all_words


async def speaker_keys(
    conn: aiosqlite.Connection, person_id: int | None, label: str
) -> list[str] | None:
    """The name keys of a person, or [] for an organisation quoted under ``label``."""
    if person_id is not None:
        rows = await fetch(
            conn, "SELECT name_key FROM person_names WHERE person_id = ?", (person_id,)
        )
        return [row["name_key"] for row in rows]
    found = await scalar(conn, "SELECT 1 FROM quotes WHERE speaker_label = ? LIMIT 1", (label,))
    return [] if found else None


async def pick_quote(
    conn: aiosqlite.Connection,
    rng: random.Random,
    *,
    speaker: tuple[list[str], str] | None = None,
    about: str | None = None,
    number: int | None = None,
) -> QuoteAnswer | None:
    """A random quote meeting every filter given, or None when none does."""
    conditions: list[str] = ["1"]
    params: list[object] = []
    if number is not None:
        conditions.append("q.id = ?")
        params.append(number)
    if speaker is not None:
        keys, label = speaker
        conditions.append(
            "(q.speaker_key IN (SELECT value FROM json_each(?)) OR q.speaker_label = ?)"
        )
        params += [json.dumps(keys), label]
    words = match_all_words(about or "")
    if words:
        conditions.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(words)
    where = " AND ".join(conditions)
    # Whole quotes first; a few words quoted inside reported speech only if nothing else.
    if number is None and await _count(conn, f"{where} AND q.fragment = 0", params):
        where += " AND q.fragment = 0"
    count = await _count(conn, where, params)
    if count == 0:
        return None
    rows = await fetch(
        conn,
        f"""
        SELECT q.id, q.text, q.fragment, coalesce(p.name, q.speaker_label) AS speaker,
               {ARTICLE_COLUMNS}
        FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
        LEFT JOIN person_names AS pn ON pn.name_key = q.speaker_key
        LEFT JOIN people AS p ON p.id = pn.person_id
        WHERE {where} ORDER BY q.id LIMIT 1 OFFSET ?
        """,
        (*params, rng.randrange(count)),
    )
    row = rows[0]
    return QuoteAnswer(
        row["id"], row["text"], row["speaker"], bool(row["fragment"]), source_of(row)
    )


async def _count(conn: aiosqlite.Connection, where: str, params: list[object]) -> int:
    value = await scalar(conn, f"SELECT count(*) FROM quotes AS q WHERE {where}", params)
    return int(value or 0)
