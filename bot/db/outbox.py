"""The transactional outbox: alerts queued with their article, claimed, sent, settled.

Alerts are queued by :func:`queue_alerts` on the bulk ``writer`` inside the ingest transaction
that stores the article, so an article is never stored without its alerts nor alerted without
being stored: one row per route (server and channel) that wants the article, and a unique index
keeps one alert per route and article content whatever the code does. An ingest may hold its
alerts until it ends (:func:`release_ingest`), so a burst becomes one digest per route. The
delivery worker then claims due rows, sends them and records the outcome; a paused server's rows
wait until it resumes. ``status`` is one of ``pending``, ``sent``, ``failed``, ``digested`` and
``cancelled`` (the table's CHECK constraint).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence

import aiosqlite
import msgspec

from bot.answers.alerts import AlertRoute, NewsItem
from bot.db.connection import Database
from bot.db.rows import fetch, now_iso

DIGEST_THRESHOLD = 3
"""More alerts than this for one route, piled up at start-up or queued by one ingest, become one
digest."""
NEVER_TRIED = "status = 'pending' AND attempts = 0 AND kind = 'article'"
"""Alerts no attempt has sent yet: only these may be folded into a digest."""
PAUSED = "(SELECT guild_id FROM alert_servers WHERE paused_at IS NOT NULL)"
"""The servers whose alerts wait (``/alerts pause``)."""
NONCE_CHARS = 25
"""The longest message nonce Discord accepts."""
CATCH_UP = "catch-up"
BURST = "burst"
"""Why a digest was made (its payload's ``reason``): alerts that piled up while the bot was
away (or paused), or a burst of articles from one ingest."""


class OutboxRow(msgspec.Struct, frozen=True):
    id: int
    guild_id: int
    kind: str
    payload: str
    attempts: int
    """Attempts including the current one: above 1, an earlier attempt may have posted it."""
    nonce: str
    """The message nonce every attempt is sent with (kept with the row)."""
    first_attempt_at: float
    """When it was first tried (unix seconds): no message of it can be older."""
    channel_id: int | None = None
    """The route's channel (None only for alerts queued before routes existed)."""

    def items(self) -> list[NewsItem]:
        """The article(s) this alert announces: one, or the digest's list."""
        return items_of(self.kind, self.payload)

    @property
    def catch_up(self) -> bool:
        """A digest of alerts that piled up while the bot was away (not a live burst)."""
        return is_catch_up(self.kind, self.payload)


def items_of(kind: str, payload: str) -> list[NewsItem]:
    """The article(s) an outbox row of ``kind`` announces, from its JSON ``payload``."""
    if kind == "digest":
        return [NewsItem.from_dict(item) for item in json.loads(payload)["items"]]
    return [NewsItem.from_json(payload)]


def is_catch_up(kind: str, payload: str) -> bool:
    """Whether the row is a digest of alerts that piled up while the bot was away."""
    return kind == "digest" and json.loads(payload).get("reason", CATCH_UP) == CATCH_UP


def queue_alerts(
    writer: sqlite3.Connection,
    content_hash: str,
    item: NewsItem,
    routes: Sequence[AlertRoute],
    *,
    due_at: float | None = None,
    ingest_id: str | None = None,
) -> None:
    """One alert per route that wants a new article (inside the caller's transaction).

    A route that already has an alert for this content gets none (the unique index says so
    even if the caller did not check). ``due_at``: when delivery may take it (unix seconds,
    default now); ``ingest_id``: the ingest holding it until :func:`release_ingest`.
    """
    payload, created = item.to_json(), now_iso()
    due = time.time() if due_at is None else due_at
    writer.executemany(
        "INSERT INTO alert_outbox (guild_id, channel_id, kind, file_name, content_hash, payload,"
        " next_attempt_at, created_at, ingest_id) VALUES (?, ?, 'article', ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        [
            (
                r.guild_id,
                r.channel_id,
                item.file_name,
                content_hash,
                payload,
                due,
                created,
                ingest_id,
            )
            for r in routes
        ],
    )


async def release_ingest(
    db: Database, ingest_id: str, reason: str = BURST, threshold: int = DIGEST_THRESHOLD
) -> int:
    """Make the alerts an ingest held due now; more than ``threshold`` for one route become one
    digest (one transaction), made for ``reason``. Returns the number of digests queued."""
    async with db.transaction() as conn:
        held = f"ingest_id = ? AND {NEVER_TRIED}"
        routes = await fetch(
            conn,
            f"SELECT guild_id, channel_id FROM alert_outbox WHERE {held}"
            " GROUP BY guild_id, channel_id HAVING count(*) > ?",
            (ingest_id, threshold),
        )
        for guild_id, channel_id in routes:
            await _fold(conn, guild_id, channel_id, reason, where=held, params=(ingest_id,))
        await conn.execute(
            f"UPDATE alert_outbox SET next_attempt_at = ? WHERE {held}", (time.time(), ingest_id)
        )
    return len(routes)


async def fold_backlog(db: Database, threshold: int = DIGEST_THRESHOLD) -> int:
    """Replace each route's pile of never-tried alerts (more than ``threshold``) by a digest.

    One transaction: the digest row is queued and the alerts it lists are marked ``digested``
    together. Alerts already tried once are left alone, since they may have been posted; so
    are paused servers' (they are folded when they resume). Returns the number of digests.
    """
    async with db.transaction() as conn:
        routes = await fetch(
            conn,
            f"SELECT guild_id, channel_id FROM alert_outbox WHERE {NEVER_TRIED}"
            f" AND guild_id NOT IN {PAUSED} GROUP BY guild_id, channel_id HAVING count(*) > ?",
            (threshold,),
        )
        for guild_id, channel_id in routes:
            await _fold(conn, guild_id, channel_id, CATCH_UP)
    return len(routes)


async def resume_server(db: Database, guild_id: int) -> tuple[bool, int]:
    """End the server's pause: what waited goes out, one digest per route where several did.

    Returns whether it was paused and how many digests were queued.
    """
    async with db.transaction() as conn:
        resumed = await fetch(
            conn,
            "UPDATE alert_servers SET paused_at = NULL, paused_until = NULL, updated_at = ?"
            " WHERE guild_id = ? AND paused_at IS NOT NULL RETURNING guild_id",
            (now_iso(), guild_id),
        )
        digests = await _fold_waiting(conn, guild_id) if resumed else 0
    return bool(resumed), digests


async def resume_expired(db: Database) -> int:
    """Resume (as :func:`resume_server`) every server whose timed pause is over; how many."""
    async with db.transaction() as conn:
        resumed = await fetch(
            conn,
            "UPDATE alert_servers SET paused_at = NULL, paused_until = NULL, updated_at = ?"
            " WHERE paused_at IS NOT NULL AND paused_until <= ? RETURNING guild_id",
            (now_iso(), time.time()),
        )
        for (guild_id,) in resumed:
            await _fold_waiting(conn, guild_id)
    return len(resumed)


async def _fold_waiting(conn: aiosqlite.Connection, guild_id: int) -> int:
    routes = await fetch(
        conn,
        f"SELECT channel_id FROM alert_outbox WHERE guild_id = ? AND {NEVER_TRIED}"
        " GROUP BY channel_id HAVING count(*) > 1",
        (guild_id,),
    )
    for (channel_id,) in routes:
        await _fold(conn, guild_id, channel_id, CATCH_UP)
    return len(routes)


async def _fold(
    conn: aiosqlite.Connection,
    guild_id: int,
    channel_id: int | None,
    reason: str,
    *,
    where: str = "1",
    params: Sequence[object] = (),
) -> None:
    """One digest of the route's never-tried alerts matching ``where``; they become
    ``digested``. ``reason``: :data:`CATCH_UP` or :data:`BURST`."""
    rows = await fetch(
        conn,
        f"SELECT id, payload FROM alert_outbox WHERE guild_id = ? AND channel_id IS ?"
        f" AND {NEVER_TRIED} AND {where} ORDER BY id",
        (guild_id, channel_id, *params),
    )
    items = [json.loads(row[1]) for row in rows]
    digest = await fetch(
        conn,
        "INSERT INTO alert_outbox (guild_id, channel_id, kind, payload, next_attempt_at,"
        " created_at) VALUES (?, ?, 'digest', ?, ?, ?) RETURNING id",
        (
            guild_id,
            channel_id,
            json.dumps({"items": items, "reason": reason}, ensure_ascii=False),
            time.time(),
            now_iso(),
        ),
    )
    await conn.execute(
        "UPDATE alert_outbox SET status = 'digested', digest_id = ?, finished_at = ?"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (digest[0][0], now_iso(), json.dumps([row[0] for row in rows])),
    )


async def reclaim_after_restart(db: Database) -> None:
    """At start-up, every pending alert is due at once: claims of a crashed run end here."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE alert_outbox SET next_attempt_at = ? WHERE status = 'pending'", (time.time(),)
        )


async def claim_due(db: Database, lease_seconds: float, limit: int = 20) -> list[OutboxRow]:
    """Take the due alerts: their attempt is counted and they are hidden for ``lease_seconds``.

    Committed before anything is sent, so after a crash an alert with attempts > 1 is known to
    be "in doubt" (it may have been posted) and is checked before it is sent again. A paused
    server's alerts are not taken.
    """
    now = time.time()
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            f"""
            UPDATE alert_outbox SET attempts = attempts + 1, next_attempt_at = ?,
                first_attempt_at = coalesce(first_attempt_at, CASE WHEN attempts = 0 THEN ?
                    ELSE CAST(strftime('%s', created_at) AS REAL) END),
                nonce = coalesce(nonce, substr('a' || ifnull((SELECT value FROM alert_state
                                                             WHERE key = 'nonce_salt'), '')
                                               || id, 1, ?))
            WHERE id IN (SELECT id FROM alert_outbox WHERE status = 'pending'
                         AND next_attempt_at <= ? AND guild_id NOT IN {PAUSED}
                         ORDER BY id LIMIT ?)
            RETURNING id, guild_id, kind, payload, attempts, nonce, first_attempt_at, channel_id
            """,
            (now + lease_seconds, now, NONCE_CHARS, now, limit),
        )
    return sorted((OutboxRow(*row) for row in rows), key=lambda row: row.id)


async def next_due_at(db: Database) -> float | None:
    """When there is next something to do: an alert to send, a message to edit (a retracted
    article), a timed pause that ends. None: nothing until something is queued."""
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            f"""
            SELECT min(due) FROM (
                SELECT min(next_attempt_at) AS due FROM alert_outbox
                WHERE status = 'pending' AND guild_id NOT IN {PAUSED}
                UNION ALL
                SELECT min(next_attempt_at) FROM alert_outbox
                WHERE needs_edit = 1 AND status = 'sent'
                UNION ALL
                SELECT min(paused_until) FROM alert_servers WHERE paused_at IS NOT NULL
            )
            """,
        )
    return float(rows[0][0]) if rows and rows[0][0] is not None else None


async def mark_sent(
    db: Database, row_id: int, channel_id: int, message_id: int, *, thread_id: int | None = None
) -> None:
    """Delivered as ``message_id`` (in the post ``thread_id`` it opened, in a forum)."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE alert_outbox SET status = 'sent', channel_id = ?, message_id = ?,"
            " thread_id = ?, finished_at = ?, last_error = NULL WHERE id = ?",
            (channel_id, message_id, thread_id, now_iso(), row_id),
        )


async def mark_retry(db: Database, row_id: int, delay: float, error: str) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE alert_outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?",
            (time.time() + delay, error, row_id),
        )


async def mark_failed(
    db: Database, row_id: int, error: str, channel_id: int | None, *, cancelled: bool = False
) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE alert_outbox SET status = ?, channel_id = coalesce(?, channel_id),"
            " finished_at = ?, last_error = ? WHERE id = ?",
            (
                "cancelled" if cancelled else "failed",
                channel_id,
                now_iso(),
                error,
                row_id,
            ),
        )
