"""Followed feeds and the entries seen in them (tables ``feeds`` and ``feed_entries``).

A feed's schedule is ``next_check_at`` (unix seconds); its failures since it last worked start
at ``failing_since``, and after a day of them it is paused. An entry is claimed (inserted)
before its article file is written, so two checkers never both take it, and so that the
ingester knows, when the file arrives, whether it was taken as history (alerting nobody).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence

import msgspec

from bot.answers.web import FeedInfo
from bot.db.connection import Database
from bot.db.rows import containing, fetch, now_iso

PAUSE_AFTER = dt.timedelta(days=1)
"""A feed failing for this long is paused."""


class FeedState(msgspec.Struct, frozen=True):
    """What checking a feed needs to know about it."""

    id: int
    url: str
    title: str | None
    every_minutes: int
    etag: str | None
    last_modified: str | None
    history_taken: bool


class EntryState(msgspec.Struct, frozen=True):
    """An entry seen before: how it was left (``status``: taken, skipped or failed)."""

    id: int
    status: str
    content_hash: str
    updated: str | None
    file_name: str | None
    attempts: int
    history: bool


class EntryRecord(msgspec.Struct, frozen=True):
    """What to remember of one entry."""

    identity: str
    link: str | None
    content_hash: str
    updated: str | None
    status: str
    file_name: str | None = None
    history: bool = False
    note: str | None = None


_FEED_STATE = "id, url, title, every_minutes, etag, last_modified, history_taken"


def _state(row: sqlite3.Row) -> FeedState:
    return FeedState(
        row["id"],
        row["url"],
        row["title"],
        row["every_minutes"],
        row["etag"],
        row["last_modified"],
        bool(row["history_taken"]),
    )


async def follow_feed(
    db: Database,
    url: str,
    *,
    title: str,
    every_minutes: int,
    guild_id: int | None,
    user_id: int | None,
    now: float,
) -> bool:
    """Follow the feed at ``url`` from ``now`` (unix seconds) on; True if it was followed
    already (its title and interval are updated, and a paused feed resumes)."""
    async with db.transaction() as conn:
        inserted = await fetch(
            conn,
            "INSERT INTO feeds (url, title, every_minutes, next_check_at, guild_id, user_id,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING RETURNING id",
            (url, title, every_minutes, now, guild_id, user_id, now_iso()),
        )
        if inserted:
            return False
        await conn.execute(
            "UPDATE feeds SET title = ?, every_minutes = ?, paused = 0, failing_since = NULL,"
            " last_error = NULL, next_check_at = min(next_check_at, ?) WHERE url = ?",
            (title, every_minutes, now, url),
        )
        return True


async def unfollow_feed(db: Database, url: str) -> tuple[str, str | None] | None:
    """Stop following the feed at ``url`` (or titled so); its url and title, None if none."""
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            "DELETE FROM feeds WHERE id = (SELECT id FROM feeds WHERE url = ?1 OR title = ?1"
            " ORDER BY url = ?1 DESC LIMIT 1) RETURNING url, title",
            (url,),
        )
    return (rows[0]["url"], rows[0]["title"]) if rows else None


async def feed_list(db: Database) -> list[FeedInfo]:
    """Every followed feed with its schedule, health and the number of articles taken."""
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            """
            SELECT f.url, f.title, f.every_minutes, f.last_checked_at, f.next_check_at,
                   f.last_error, f.paused,
                   (SELECT count(*) FROM feed_entries AS e
                    WHERE e.feed_id = f.id AND e.status = 'taken') AS taken
            FROM feeds AS f ORDER BY f.id
            """,
        )
    return [
        FeedInfo(
            url=row["url"],
            title=row["title"],
            every_minutes=row["every_minutes"],
            last_checked=_instant(row["last_checked_at"]),
            next_check=None
            if row["paused"]
            else dt.datetime.fromtimestamp(row["next_check_at"], dt.UTC),
            articles_taken=row["taken"],
            last_error=row["last_error"],
            paused=bool(row["paused"]),
        )
        for row in rows
    ]


async def feed_choices(db: Database, typed: str, limit: int = 25) -> list[tuple[str, str | None]]:
    """(url, title) of the feeds whose address or title contains ``typed``."""
    pattern = containing(typed)
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT url, title FROM feeds WHERE url LIKE ?1 ESCAPE '\\' OR title LIKE ?1"
            " ESCAPE '\\' ORDER BY id LIMIT ?2",
            (pattern, limit),
        )
    return [(row["url"], row["title"]) for row in rows]


async def due_feeds(db: Database, now: float | None) -> list[FeedState]:
    """The feeds to check at ``now`` (unix seconds): not paused and due; with None, every feed,
    paused or not (an operator's ``feeds poll``)."""
    sql = f"SELECT {_FEED_STATE} FROM feeds"
    params: tuple[object, ...] = ()
    if now is not None:
        sql += " WHERE paused = 0 AND next_check_at <= ?"
        params = (now,)
    async with db.reading() as conn:
        return [_state(row) for row in await fetch(conn, sql + " ORDER BY next_check_at", params)]


async def next_check_at(db: Database) -> float | None:
    """When the next feed is due (unix seconds), None when no feed is followed or all paused."""
    async with db.reading() as conn:
        rows = await fetch(conn, "SELECT min(next_check_at) FROM feeds WHERE paused = 0")
    return float(rows[0][0]) if rows and rows[0][0] is not None else None


async def record_check(
    db: Database,
    feed_id: int,
    *,
    title: str | None,
    etag: str | None,
    last_modified: str | None,
    checked_at: dt.datetime,
    next_at: float,
) -> None:
    """The feed was read (or had not changed): its validators, and its history is taken."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE feeds SET title = coalesce(?, title), etag = ?, last_modified = ?,"
            " history_taken = 1, next_check_at = ?, last_checked_at = ?, failing_since = NULL,"
            " last_error = NULL, paused = 0 WHERE id = ?",
            (title, etag, last_modified, next_at, _iso(checked_at), feed_id),
        )


async def record_failure(
    db: Database, feed_id: int, error: str, *, checked_at: dt.datetime, next_at: float
) -> bool:
    """The feed could not be read; True if it has been failing for a day, and is now paused."""
    now = _iso(checked_at)
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            "UPDATE feeds SET last_error = ?1, last_checked_at = ?2, next_check_at = ?3,"
            " failing_since = coalesce(failing_since, ?2),"
            " paused = (julianday(?2) - julianday(coalesce(failing_since, ?2))) * 86400 >= ?4"
            " WHERE id = ?5 RETURNING paused",
            (error, now, next_at, PAUSE_AFTER.total_seconds(), feed_id),
        )
    return bool(rows and rows[0]["paused"])


async def known_entry(db: Database, feed_id: int, identity: str) -> EntryState | None:
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT id, status, content_hash, updated, file_name, attempts, history"
            " FROM feed_entries"
            " WHERE feed_id = ? AND identity = ?",
            (feed_id, identity),
        )
    if not rows:
        return None
    row = rows[0]
    return EntryState(
        row["id"],
        row["status"],
        row["content_hash"],
        row["updated"],
        row["file_name"],
        row["attempts"],
        bool(row["history"]),
    )


async def taken_elsewhere(db: Database, links: Sequence[str], content_hash: str) -> str | None:
    """The file of an article already taken from any feed with one of ``links`` or with this
    content, if any ("" when it was taken without a file)."""
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT coalesce(file_name, '') FROM feed_entries WHERE status = 'taken' AND"
            " (link IN (SELECT value FROM json_each(?)) OR content_hash = ?) LIMIT 1",
            (_json_list(links), content_hash),
        )
    return str(rows[0][0]) if rows else None


async def claim_entry(db: Database, feed_id: int, record: EntryRecord) -> int | None:
    """Remember an entry not seen before (or seen and failed); its id, or None if another
    checker claimed it meanwhile, when the caller must leave it alone."""
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            """
            INSERT INTO feed_entries (feed_id, identity, link, content_hash, updated, status,
                                      file_name, history, note, seen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (feed_id, identity) DO UPDATE SET
                link = excluded.link, content_hash = excluded.content_hash,
                updated = excluded.updated, status = excluded.status,
                file_name = excluded.file_name, history = excluded.history,
                note = excluded.note, attempts = feed_entries.attempts + 1
            WHERE feed_entries.status = 'failed'
            RETURNING id
            """,
            (
                feed_id,
                record.identity,
                record.link,
                record.content_hash,
                record.updated,
                record.status,
                record.file_name,
                int(record.history),
                record.note,
                now_iso(),
            ),
        )
    return int(rows[0]["id"]) if rows else None


async def fail_entry(db: Database, entry_id: int, note: str) -> None:
    """A claimed entry's article file could not be written: it is tried again later."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE feed_entries SET status = 'failed', file_name = NULL, note = ? WHERE id = ?",
            (note, entry_id),
        )


async def revise_entry(
    db: Database, entry_id: int, *, content_hash: str, updated: str | None, note: str | None
) -> None:
    """An edited entry was dealt with: remember its new content, so it is not edited again."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE feed_entries SET content_hash = ?, updated = ?, note = ? WHERE id = ?",
            (content_hash, updated, note, entry_id),
        )


def taken_as_history(writer: sqlite3.Connection, file_name: str) -> bool:
    """Whether the article file was written from a feed's history (its first check)."""
    row = writer.execute(
        "SELECT EXISTS (SELECT 1 FROM feed_entries WHERE file_name = ? AND history = 1)",
        (file_name,),
    ).fetchone()
    return bool(row and row[0])


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _instant(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values))
