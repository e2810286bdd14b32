"""Quotes: a random one, filtered by speaker and words, or one by its number."""

from __future__ import annotations

import json
import random
from array import array
from collections.abc import Sequence

import aiosqlite

from bot.answers.lookups import QuoteAnswer
from bot.db.rows import ARTICLE_COLUMNS, fetch, scalar, source_of
from bot.db.search import match_all_words
from bot.fact_kinds import SourceKind

_ROWS_AT_ONCE = 2_048


async def speaker_keys(
    conn: aiosqlite.Connection, person_id: int | None, label: str
) -> list[str] | None:
    """The name keys of a person, or [] for an organisation or unnamed source quoted under
    ``label``; None when nobody is quoted so. Unattributed quotes are never anyone's."""
    if person_id is not None:
        rows = await fetch(
            conn, "SELECT name_key FROM person_names WHERE person_id = ?", (person_id,)
        )
        return [row["name_key"] for row in rows]
    found = await scalar(
        conn,
        "SELECT 1 FROM quotes WHERE speaker_label = ? AND served AND source <> 'unattributed'"
        " LIMIT 1",
        (label,),
    )
    return [] if found else None


async def speaker_name_rows(conn: aiosqlite.Connection) -> list[tuple[int, str, str]]:
    """Every name of every person quoted at least once: (person id, name key, display)."""
    rows = await fetch(
        conn,
        """
        SELECT p.id, n.name_key, p.name
        FROM person_names AS n JOIN people AS p ON p.id = n.person_id
        WHERE p.id IN (
            SELECT pn.person_id FROM quotes AS q
            JOIN person_names AS pn ON pn.name_key = q.speaker_key
            WHERE q.served AND q.source = 'person'
        )
        """,
    )
    return [(row[0], row[1], row[2]) for row in rows]


async def highest_number(conn: aiosqlite.Connection) -> int:
    """The highest number a quote members can see has (0 when there is none)."""
    return int(await scalar(conn, "SELECT max(id) FROM quotes WHERE served") or 0)


async def pick_quote(
    conn: aiosqlite.Connection,
    rng: random.Random,
    *,
    speaker: tuple[list[str], str] | None = None,
    about: str | None = None,
    number: int | None = None,
    candidates: Sequence[int] | None = None,
) -> QuoteAnswer | None:
    """A random quote meeting every filter given, or None when none does.

    ``candidates``: what :func:`candidate_ids` gives for the same filters, if already known
    (the bot keeps the unfiltered list until the knowledge changes).
    """
    if candidates is None:
        candidates = await candidate_ids(conn, speaker=speaker, about=about, number=number)
    if not candidates:
        return None
    return await quote_by_id(conn, rng.choice(candidates))


async def candidate_ids(
    conn: aiosqlite.Connection,
    *,
    speaker: tuple[list[str], str] | None = None,
    about: str | None = None,
    number: int | None = None,
) -> array[int]:
    """The numbers of the quotes to pick from, in order: whole quotes first, a few words
    quoted inside reported speech only if nothing else matches (or a number was asked for).

    A packed array of 8-byte numbers: the bot keeps the unfiltered one, one entry per quote,
    and a list would spend about 40 bytes on each.
    """
    conditions: list[str] = ["q.served"]
    params: list[object] = []
    if number is not None:
        conditions.append("q.id = ?")
        params.append(number)
    words = match_all_words(about or "")
    if words:
        conditions.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(words)
    where = " AND ".join(conditions)
    if speaker is None:
        sql = f"SELECT q.id, q.fragment FROM quotes AS q WHERE {where} ORDER BY q.id"
    else:
        # The speaker's name keys, or the label an organisation is quoted under: a UNION of
        # two index lookups (an OR of the two would scan every quote).
        keys, label = speaker
        sql = (
            "SELECT q.id, q.fragment FROM quotes AS q"
            f" WHERE q.speaker_key IN (SELECT value FROM json_each(?)) AND {where}"
            " UNION"
            " SELECT q.id, q.fragment FROM quotes AS q"
            f" WHERE q.speaker_label = ? AND q.source <> 'unattributed' AND {where}"
            " ORDER BY 1"
        )
        params = [json.dumps(keys), *params, label, *params]
    whole, every = array("q"), array("q")
    async with conn.execute(sql, params) as cursor:
        cursor.arraysize = _ROWS_AT_ONCE  # a few thousand rows in memory at a time, not all
        async for quote_id, fragment in cursor:
            every.append(quote_id)
            if not fragment:
                whole.append(quote_id)
    return whole if whole and number is None else every


async def quote_by_id(conn: aiosqlite.Connection, quote_id: int) -> QuoteAnswer | None:
    rows = await fetch(
        conn,
        f"""
        SELECT q.id, q.text, q.fragment, q.source, q.corrected,
               coalesce(p.name, q.speaker_label) AS speaker, {ARTICLE_COLUMNS}
        FROM quotes AS q JOIN articles AS a ON a.id = q.article_id
        LEFT JOIN person_names AS pn ON pn.name_key = q.speaker_key
        LEFT JOIN people AS p ON p.id = pn.person_id
        WHERE q.id = ? AND q.served
        """,
        (quote_id,),
    )
    if not rows:
        return None
    row = rows[0]
    return QuoteAnswer(
        row["id"],
        row["text"],
        row["speaker"],
        bool(row["fragment"]),
        source_of(row),
        SourceKind(row["source"]),
    )
