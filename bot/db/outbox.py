"""The transactional outbox: alerts queued with their article, claimed, sent, settled.

Alerts are queued by :func:`queue_alerts` on the bulk ``writer`` inside the ingest transaction
that stores the article, so an article is never stored without its alerts nor alerted without
being stored. The delivery worker then claims due rows, sends them and records the outcome.
``status`` is one of ``pending``, ``sent``, ``failed``, ``digested`` and ``cancelled`` (the
table's CHECK constraint).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from dataclasses import dataclass

import aiosqlite

from bot.answers.alerts import AlertStatus, Delivered, NewsItem
from bot.db.connection import Database
from bot.db.rows import fetch, now_iso
from bot.db.subscriptions import event_row, subscription_of

DIGEST_THRESHOLD = 3
"""More pending alerts than this for one server at start-up become one catch-up digest."""
RECENT_LIMIT = 5


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    guild_id: int
    kind: str
    payload: str
    attempts: int
    """Attempts including the current one: above 1, an earlier attempt may have posted it."""

    def items(self) -> list[NewsItem]:
        """The article(s) this alert announces: one, or the digest's list."""
        if self.kind == "digest":
            return [NewsItem.from_dict(item) for item in json.loads(self.payload)["items"]]
        return [NewsItem.from_json(self.payload)]


def queue_alerts(writer: sqlite3.Connection, file_name: str, item: NewsItem) -> None:
    """One alert per subscribed server for a new article (inside the caller's transaction)."""
    writer.execute(
        """
        INSERT INTO alert_outbox (guild_id, kind, file_name, payload, next_attempt_at, created_at)
        SELECT guild_id, 'article', ?, ?, ?, ? FROM alert_subscriptions ORDER BY guild_id
        """,
        (file_name, item.to_json(), time.time(), now_iso()),
    )


async def nonce_salt(db: Database) -> str:
    async with db.reading() as conn:
        rows = await fetch(conn, "SELECT value FROM alert_state WHERE key = 'nonce_salt'")
    return str(rows[0][0]) if rows else ""


async def fold_backlog(db: Database, threshold: int = DIGEST_THRESHOLD) -> int:
    """Replace each server's pile of never-tried alerts (more than ``threshold``) by a digest.

    One transaction: the digest row is queued and the alerts it lists are marked ``digested``
    together. Alerts already tried once are left alone, since they may have been posted.
    Returns the number of digests queued.
    """
    async with db.transaction() as conn:
        guilds = await fetch(
            conn,
            "SELECT guild_id FROM alert_outbox WHERE status = 'pending' AND attempts = 0"
            " AND kind = 'article' GROUP BY guild_id HAVING count(*) > ?",
            (threshold,),
        )
        for (guild_id,) in guilds:
            rows = await fetch(
                conn,
                "SELECT id, payload FROM alert_outbox WHERE guild_id = ? AND status = 'pending'"
                " AND attempts = 0 AND kind = 'article' ORDER BY id",
                (guild_id,),
            )
            items = [json.loads(row[1]) for row in rows]
            digest = await fetch(
                conn,
                "INSERT INTO alert_outbox (guild_id, kind, payload, next_attempt_at, created_at)"
                " VALUES (?, 'digest', ?, ?, ?) RETURNING id",
                (
                    guild_id,
                    json.dumps({"items": items}, ensure_ascii=False),
                    time.time(),
                    now_iso(),
                ),
            )
            await conn.execute(
                "UPDATE alert_outbox SET status = 'digested', digest_id = ?, finished_at = ?"
                " WHERE id IN (SELECT value FROM json_each(?))",
                (digest[0][0], now_iso(), json.dumps([row[0] for row in rows])),
            )
    return len(guilds)


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
            UPDATE alert_outbox SET attempts = attempts + 1, next_attempt_at = ?
            WHERE id IN (SELECT id FROM alert_outbox WHERE status = 'pending'
                         AND next_attempt_at <= ? ORDER BY id LIMIT ?)
            RETURNING id, guild_id, kind, payload, attempts
            """,
            (now + lease_seconds, now, limit),
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
            title = f"Catch-up digest of {len(payload['items'])} articles"
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
            "SELECT file_name, title, published, lede, url FROM articles"
            " ORDER BY published DESC NULLS LAST, id DESC LIMIT 1",
        )
    if not rows:
        return None
    file_name, title, published, lede, url = rows[0]
    date = dt.date.fromisoformat(published) if published else None
    return NewsItem(file_name, title or lede or file_name, date, lede, url=url)
