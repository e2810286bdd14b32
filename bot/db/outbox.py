"""The transactional outbox: alerts queued with their article, claimed, sent, settled.

Alerts are queued by :func:`queue_alerts` on the bulk ``writer`` inside the ingest transaction
that stores the article, so an article is never stored without its alerts nor alerted without
being stored; a unique index keeps one alert per server and article content. An ingest may hold
its alerts until it ends (:func:`release_ingest`), so a burst becomes one digest per server. The
delivery worker then claims due rows, sends them and records the outcome. ``status`` is one of
``pending``, ``sent``, ``failed``, ``digested`` and ``cancelled`` (the table's CHECK constraint).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from bot.answers.alerts import AlertStatus, Delivered, NewsItem
from bot.db.connection import Database
from bot.db.rows import fetch, now_iso
from bot.db.subscriptions import event_row, subscription_of

DIGEST_THRESHOLD = 3
"""More alerts than this for one server, piled up at start-up or queued by one ingest, become
one digest."""
RECENT_LIMIT = 5
NONCE_CHARS = 25
"""The longest message nonce Discord accepts."""
CATCH_UP = "catch-up"
BURST = "burst"
"""Why a digest was made (its payload's ``reason``): alerts that piled up while the bot was
away, or a burst of articles from one ingest."""


@dataclass(frozen=True, slots=True)
class OutboxRow:
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

    def items(self) -> list[NewsItem]:
        """The article(s) this alert announces: one, or the digest's list."""
        if self.kind == "digest":
            return [NewsItem.from_dict(item) for item in json.loads(self.payload)["items"]]
        return [NewsItem.from_json(self.payload)]

    @property
    def catch_up(self) -> bool:
        """A digest of alerts that piled up while the bot was away (not a live burst)."""
        return (
            self.kind == "digest" and json.loads(self.payload).get("reason", CATCH_UP) == CATCH_UP
        )


def queue_alerts(
    writer: sqlite3.Connection,
    content_hash: str,
    item: NewsItem,
    *,
    due_at: float | None = None,
    ingest_id: str | None = None,
) -> None:
    """One alert per subscribed server for a new article (inside the caller's transaction).

    A server that already has an alert for this content gets none (the unique index says so
    even if the caller did not check). ``due_at``: when delivery may take it (unix seconds,
    default now); ``ingest_id``: the ingest holding it until :func:`release_ingest`.
    """
    writer.execute(
        """
        INSERT INTO alert_outbox (guild_id, kind, file_name, content_hash, payload,
                                  next_attempt_at, created_at, ingest_id)
        SELECT guild_id, 'article', ?, ?, ?, ?, ?, ? FROM alert_subscriptions WHERE true
        ORDER BY guild_id
        ON CONFLICT DO NOTHING
        """,
        (
            item.file_name,
            content_hash,
            item.to_json(),
            time.time() if due_at is None else due_at,
            now_iso(),
            ingest_id,
        ),
    )


async def release_ingest(
    db: Database, ingest_id: str, reason: str = BURST, threshold: int = DIGEST_THRESHOLD
) -> int:
    """Make the alerts an ingest held due now; more than ``threshold`` for one server become
    one digest (one transaction), made for ``reason``. Returns the number of digests queued."""
    async with db.transaction() as conn:
        where = "ingest_id = ? AND status = 'pending' AND attempts = 0 AND kind = 'article'"
        guilds = await fetch(
            conn,
            f"SELECT guild_id FROM alert_outbox WHERE {where} GROUP BY guild_id"
            " HAVING count(*) > ?",
            (ingest_id, threshold),
        )
        for (guild_id,) in guilds:
            await _fold(conn, guild_id, reason, f"{where} AND guild_id = ?", (ingest_id, guild_id))
        await conn.execute(
            f"UPDATE alert_outbox SET next_attempt_at = ? WHERE {where}", (time.time(), ingest_id)
        )
    return len(guilds)


async def fold_backlog(db: Database, threshold: int = DIGEST_THRESHOLD) -> int:
    """Replace each server's pile of never-tried alerts (more than ``threshold``) by a digest.

    One transaction: the digest row is queued and the alerts it lists are marked ``digested``
    together. Alerts already tried once are left alone, since they may have been posted.
    Returns the number of digests queued.
    """
    where = "status = 'pending' AND attempts = 0 AND kind = 'article'"
    async with db.transaction() as conn:
        guilds = await fetch(
            conn,
            f"SELECT guild_id FROM alert_outbox WHERE {where} GROUP BY guild_id"
            " HAVING count(*) > ?",
            (threshold,),
        )
        for (guild_id,) in guilds:
            await _fold(conn, guild_id, CATCH_UP, f"{where} AND guild_id = ?", (guild_id,))
    return len(guilds)


async def _fold(
    conn: aiosqlite.Connection, guild_id: int, reason: str, where: str, params: Sequence[object]
) -> None:
    """Queue one digest of the server's alerts matching ``where``; mark them ``digested``."""
    rows = await fetch(
        conn, f"SELECT id, payload FROM alert_outbox WHERE {where} ORDER BY id", params
    )
    items = [json.loads(row[1]) for row in rows]
    digest = await fetch(
        conn,
        "INSERT INTO alert_outbox (guild_id, kind, payload, next_attempt_at, created_at)"
        " VALUES (?, 'digest', ?, ?, ?) RETURNING id",
        (
            guild_id,
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
    be "in doubt" (it may have been posted) and is checked before it is sent again.
    """
    now = time.time()
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            """
            UPDATE alert_outbox SET attempts = attempts + 1, next_attempt_at = ?,
                first_attempt_at = coalesce(first_attempt_at, CASE WHEN attempts = 0 THEN ?
                    ELSE CAST(strftime('%s', created_at) AS REAL) END),
                nonce = coalesce(nonce, substr('a' || ifnull((SELECT value FROM alert_state
                                                             WHERE key = 'nonce_salt'), '')
                                               || id, 1, ?))
            WHERE id IN (SELECT id FROM alert_outbox WHERE status = 'pending'
                         AND next_attempt_at <= ? ORDER BY id LIMIT ?)
            RETURNING id, guild_id, kind, payload, attempts, nonce, first_attempt_at
            """,
            (now + lease_seconds, now, NONCE_CHARS, now, limit),
        )
    return sorted((OutboxRow(*row) for row in rows), key=lambda row: row.id)


async def next_due_at(db: Database) -> float | None:
    async with db.reading() as conn:
        rows = await fetch(
            conn, "SELECT min(next_attempt_at) FROM alert_outbox WHERE status = 'pending'"
        )
    return float(rows[0][0]) if rows and rows[0][0] is not None else None


async def mark_sent(db: Database, row_id: int, channel_id: int, message_id: int) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE alert_outbox SET status = 'sent', channel_id = ?, message_id = ?,"
            " finished_at = ?, last_error = NULL WHERE id = ?",
            (channel_id, message_id, now_iso(), row_id),
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
            "UPDATE alert_outbox SET status = ?, channel_id = ?, finished_at = ?, last_error = ?"
            " WHERE id = ?",
            (
                "cancelled" if cancelled else "failed",
                channel_id,
                now_iso(),
                error,
                row_id,
            ),
        )


async def alert_status(db: Database, guild_id: int) -> AlertStatus:
    """One server's configuration and recent deliveries, for ``/alerts status``."""
    async with db.reading() as conn:
        sub = await fetch(
            conn,
            "SELECT guild_id, channel_id, role_id, events_enabled FROM alert_subscriptions"
            " WHERE guild_id = ?",
            (guild_id,),
        )
        pending = await fetch(
            conn,
            "SELECT count(*) FROM alert_outbox WHERE guild_id = ? AND status = 'pending'",
            (guild_id,),
        )
        delivered = await _finished(conn, guild_id, "sent")
        failed = await _finished(conn, guild_id, "failed")
        event = await event_row(conn, guild_id)
    return AlertStatus(
        subscription_of(sub[0]) if sub else None, int(pending[0][0]), delivered, failed, event
    )


async def _finished(
    conn: aiosqlite.Connection, guild_id: int, status: str
) -> tuple[Delivered, ...]:
    rows = await fetch(
        conn,
        "SELECT id, kind, payload, finished_at, channel_id, message_id, last_error"
        " FROM alert_outbox WHERE guild_id = ? AND status = ? ORDER BY id DESC LIMIT ?",
        (guild_id, status, RECENT_LIMIT),
    )
    found = []
    for row in rows:
        payload = json.loads(row["payload"])
        if row["kind"] == "digest":
            kind = "Catch-up digest" if payload.get("reason", CATCH_UP) == CATCH_UP else "Digest"
            title = f"{kind} of {len(payload['items'])} articles"
        else:
            title = str(payload.get("title", ""))
        finished = dt.datetime.fromisoformat(row["finished_at"]) if row["finished_at"] else None
        found.append(
            Delivered(
                row["id"], title, finished, row["channel_id"], row["message_id"], row["last_error"]
            )
        )
    return tuple(found)


async def latest_article(db: Database) -> NewsItem | None:
    """The newest article, as a sample for ``/alerts test``."""
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT file_name, title, published, lede FROM articles"
            " ORDER BY published DESC NULLS LAST, id DESC LIMIT 1",
        )
    if not rows:
        return None
    file_name, title, published, lede = rows[0]
    date = dt.date.fromisoformat(published) if published else None
    return NewsItem(file_name, title or lede or file_name, date, lede)
