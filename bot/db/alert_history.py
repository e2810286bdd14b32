"""What became of alerts: ``/alerts status``'s deliveries and failures, resending a failed one,
the messages to edit when an article is retracted, and each article's alert as it was when it
arrived (for ``/alerts test``).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from typing import TYPE_CHECKING

import aiosqlite
import msgspec

from bot.answers.alerts import AlertStatus, Delivered, NewsItem, RouteStatus
from bot.db.connection import Database
from bot.db.outbox import is_catch_up, items_of
from bot.db.rows import fetch, now_iso, parse_date
from bot.db.subscriptions import event_row, routes_of_guild, server_row
from bot.lazy_modules import lazy_module

if TYPE_CHECKING:
    from bot import facts
else:  # for a sample alert only: the fact classes are ingestion's, loaded after READY
    facts = lazy_module("bot.facts")

RECENT_PER_ROUTE = 3
"""The last alerts delivered that ``/alerts status`` lists for each route."""
RECENT_FAILURES = 5
RETRACTED = "the article was retracted"
EDITS_AT_ONCE = 20
_DELIVERED = (
    "id, kind, payload, channel_id, finished_at, message_id, thread_id, last_error"
    " FROM alert_outbox"
)


async def alert_status(db: Database, guild_id: int) -> AlertStatus:
    """One server's routes, what waits, what was delivered and what failed, its event.

    Routes carry no ``problem`` here (that needs Discord) and ``premiere`` is None (that is
    the knowledge's): :mod:`bot.moderation.alert_status` adds both.
    """
    async with db.reading() as conn:
        server = await server_row(conn, guild_id)
        routes = [
            RouteStatus(route, await _recent(conn, guild_id, "sent", route.channel_id))
            for route in await routes_of_guild(conn, guild_id)
        ]
        pending = await _pending(conn, guild_id)
        failed = await _recent(conn, guild_id, "failed")
        event = await event_row(conn, guild_id)
    return AlertStatus(server, tuple(routes), pending, failed, event)


async def pending_alerts(db: Database, guild_id: int) -> int:
    """How many of the server's alerts wait to be delivered."""
    async with db.reading() as conn:
        return await _pending(conn, guild_id)


async def _pending(conn: aiosqlite.Connection, guild_id: int) -> int:
    rows = await fetch(
        conn,
        "SELECT count(*) FROM alert_outbox WHERE guild_id = ? AND status = 'pending'",
        (guild_id,),
    )
    return int(rows[0][0])


async def _recent(
    conn: aiosqlite.Connection, guild_id: int, status: str, channel_id: int | None = None
) -> tuple[Delivered, ...]:
    limit = RECENT_FAILURES if channel_id is None else RECENT_PER_ROUTE
    rows = await fetch(
        conn,
        f"SELECT {_DELIVERED} WHERE guild_id = ? AND status = ? AND (? IS NULL OR channel_id = ?)"
        " ORDER BY id DESC LIMIT ?",
        (guild_id, status, channel_id, channel_id, limit),
    )
    return tuple(_delivered(row) for row in rows)


def _delivered(row: sqlite3.Row) -> Delivered:
    payload = json.loads(row["payload"])
    if row["kind"] == "digest":
        made = "Catch-up digest" if is_catch_up(row["kind"], row["payload"]) else "Digest"
        title = f"{made} of {len(payload['items'])} articles"
    else:
        title = str(payload.get("title", ""))
    finished = dt.datetime.fromisoformat(row["finished_at"]) if row["finished_at"] else None
    return Delivered(
        id=row["id"],
        title=title,
        channel_id=row["channel_id"] or 0,
        finished_at=finished,
        message_id=row["message_id"],
        thread_id=row["thread_id"],
        error=row["last_error"],
    )


async def failed_alert(db: Database, guild_id: int, alert_id: int) -> Delivered | None:
    """The server's alert ``alert_id`` if it failed (and was not resent since)."""
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            f"SELECT {_DELIVERED} WHERE id = ? AND guild_id = ? AND status = 'failed'",
            (alert_id, guild_id),
        )
    return _delivered(rows[0]) if rows else None


async def resend_failed(db: Database, guild_id: int, alert_id: int) -> bool:
    """Queue the server's failed alert again, due now. False if it is not (or no longer)
    failed: a second press of Resend queues nothing more."""
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            "UPDATE alert_outbox SET status = 'pending', next_attempt_at = ?, finished_at = NULL,"
            " last_error = NULL WHERE id = ? AND guild_id = ? AND status = 'failed' RETURNING id",
            (time.time(), alert_id, guild_id),
        )
    return bool(rows)


async def mark_retracted(conn: aiosqlite.Connection, file_name: str) -> None:
    """The article ``file_name`` was retracted: its alerts not yet delivered are cancelled,
    and every message that shows it (its alerts, digests listing it) is to be edited.

    Takes the caller's transaction (see :func:`bot.db.newsdesk.forget_desk_article`).
    """
    now, stamp = time.time(), now_iso()
    await conn.execute(
        "UPDATE alert_outbox SET status = 'cancelled', finished_at = ?, last_error = ?"
        " WHERE file_name = ? AND kind = 'article' AND status IN ('pending', 'failed')",
        (stamp, RETRACTED, file_name),
    )
    await conn.execute(
        "UPDATE alert_outbox SET retracted_at = ? WHERE file_name = ? AND kind = 'article'",
        (stamp, file_name),
    )
    await conn.execute(
        """
        UPDATE alert_outbox SET needs_edit = 1,
            next_attempt_at = CASE WHEN status = 'sent' THEN ? ELSE next_attempt_at END
        WHERE (file_name = ? AND kind = 'article' AND status = 'sent')
           OR id IN (SELECT digest_id FROM alert_outbox
                     WHERE file_name = ? AND status = 'digested')
        """,
        (now, file_name, file_name),
    )


class MessageEdit(msgspec.Struct, frozen=True):
    """A delivered alert whose message must change: it shows a retracted article."""

    id: int
    guild_id: int
    kind: str
    payload: str
    channel_id: int
    message_id: int
    thread_id: int | None
    retracted: frozenset[str]
    """The file names of its articles that were retracted."""

    @property
    def message_channel_id(self) -> int:
        return self.thread_id or self.channel_id

    def items(self) -> list[NewsItem]:
        return items_of(self.kind, self.payload)

    @property
    def catch_up(self) -> bool:
        return is_catch_up(self.kind, self.payload)


async def edits_due(db: Database) -> list[MessageEdit]:
    """Delivered alerts whose message is due to be edited, oldest first."""
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT id, guild_id, kind, payload, channel_id, message_id, thread_id, file_name,"
            " retracted_at FROM alert_outbox WHERE needs_edit = 1 AND status = 'sent'"
            " AND next_attempt_at <= ? ORDER BY id LIMIT ?",
            (time.time(), EDITS_AT_ONCE),
        )
        edits = []
        for row in rows:
            if row["kind"] == "digest":
                listed = await fetch(
                    conn,
                    "SELECT file_name FROM alert_outbox"
                    " WHERE digest_id = ? AND retracted_at IS NOT NULL",
                    (row["id"],),
                )
                retracted = frozenset(str(item[0]) for item in listed)
            else:
                retracted = frozenset({row["file_name"]} if row["retracted_at"] else ())
            edits.append(
                MessageEdit(
                    row["id"],
                    row["guild_id"],
                    row["kind"],
                    row["payload"],
                    row["channel_id"],
                    row["message_id"],
                    row["thread_id"],
                    retracted,
                )
            )
    return edits


async def mark_edited(db: Database, row_id: int, *, retry_in: float | None = None) -> None:
    """The message was edited (or cannot be: it is gone); with ``retry_in``, try again then."""
    async with db.transaction() as conn:
        if retry_in is None:
            await conn.execute("UPDATE alert_outbox SET needs_edit = 0 WHERE id = ?", (row_id,))
        else:
            await conn.execute(
                "UPDATE alert_outbox SET next_attempt_at = ? WHERE id = ?",
                (time.time() + retry_in, row_id),
            )


def record_news_item(writer: sqlite3.Connection, item: NewsItem) -> None:
    """Keep what a new article's alert says as it arrives (inside the ingest transaction)."""
    writer.execute(
        "INSERT INTO news_items (file_name, payload, created_at) VALUES (?, ?, ?)"
        " ON CONFLICT (file_name) DO UPDATE SET payload = excluded.payload,"
        " created_at = excluded.created_at",
        (item.file_name, item.to_json(), now_iso()),
    )


async def article_alert(db: Database, file_name: str | None) -> tuple[NewsItem, str] | None:
    """An article's alert as it was when the article arrived (without "What's new" for the
    articles of the first seeding, which were history), and the article's text (lede,
    headline, body). The newest article when ``file_name`` is None; None when there is none.
    """
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT a.file_name, a.published, a.lede, a.title, a.body, n.payload"
            " FROM articles AS a LEFT JOIN news_items AS n ON n.file_name = a.file_name"
            " WHERE ? IS NULL OR a.file_name = ?"
            " ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT 1",
            (file_name, file_name),
        )
    if not rows:
        return None
    name, published, lede, title, body, payload = rows[0]
    article = facts.Article(parse_date(published), lede, title, tuple(body.splitlines()))
    item = NewsItem.from_json(payload) if payload else NewsItem.of_article(name, article)
    return item, article.text
