"""Which servers get news alerts, where, pinging whom; and their premiere events' state."""

from __future__ import annotations

import datetime as dt
import sqlite3

import aiosqlite

from bot.answers.alerts import EventState, Subscription
from bot.db.connection import Database
from bot.db.rows import fetch, now_iso


async def set_subscription(
    db: Database, guild_id: int, channel_id: int, role_id: int | None, user_id: int
) -> Subscription:
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            """
            INSERT INTO alert_subscriptions (guild_id, channel_id, role_id, updated_by, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (guild_id) DO UPDATE SET
                channel_id = excluded.channel_id, role_id = excluded.role_id,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            RETURNING guild_id, channel_id, role_id, events_enabled
            """,
            (guild_id, channel_id, role_id, user_id, now_iso()),
        )
    return subscription_of(rows[0])


async def remove_subscription(db: Database, guild_id: int) -> bool:
    """Stop alerts for a server; its undelivered alerts are cancelled. False if it had none."""
    async with db.transaction() as conn:
        rows = await fetch(
            conn, "DELETE FROM alert_subscriptions WHERE guild_id = ? RETURNING 1", (guild_id,)
        )
        await conn.execute(
            "UPDATE alert_outbox SET status = 'cancelled', finished_at = ?,"
            " last_error = 'alerts were turned off' WHERE guild_id = ? AND status = 'pending'",
            (now_iso(), guild_id),
        )
        await conn.execute("DELETE FROM alert_events WHERE guild_id = ?", (guild_id,))
    return bool(rows)


async def set_events(db: Database, guild_id: int, enabled: bool) -> Subscription | None:
    """Turn premiere events on or off; forgets the last event error so it is tried again."""
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            "UPDATE alert_subscriptions SET events_enabled = ?, updated_at = ? WHERE guild_id = ?"
            " RETURNING guild_id, channel_id, role_id, events_enabled",
            (int(enabled), now_iso(), guild_id),
        )
        await conn.execute(
            "UPDATE alert_events SET last_error = NULL WHERE guild_id = ?", (guild_id,)
        )
    return subscription_of(rows[0]) if rows else None


async def subscription(db: Database, guild_id: int) -> Subscription | None:
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT guild_id, channel_id, role_id, events_enabled FROM alert_subscriptions"
            " WHERE guild_id = ?",
            (guild_id,),
        )
    return subscription_of(rows[0]) if rows else None


async def event_subscriptions(db: Database) -> list[Subscription]:
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            "SELECT guild_id, channel_id, role_id, events_enabled FROM alert_subscriptions"
            " WHERE events_enabled = 1 ORDER BY guild_id",
        )
    return [subscription_of(row) for row in rows]


def subscription_of(row: sqlite3.Row) -> Subscription:
    return Subscription(int(row[0]), int(row[1]), row[2], bool(row[3]))


async def event_state(db: Database, guild_id: int) -> EventState | None:
    async with db.reading() as conn:
        return await event_row(conn, guild_id)


async def event_row(conn: aiosqlite.Connection, guild_id: int) -> EventState | None:
    rows = await fetch(
        conn,
        "SELECT guild_id, event_id, premiere_date, last_error FROM alert_events WHERE guild_id = ?",
        (guild_id,),
    )
    if not rows:
        return None
    guild, event_id, premiere, error = rows[0]
    return EventState(guild, event_id, dt.date.fromisoformat(premiere) if premiere else None, error)


async def save_event_state(
    db: Database,
    guild_id: int,
    event_id: int | None,
    premiere: dt.date | None,
    error: str | None,
) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            """
            INSERT INTO alert_events (guild_id, event_id, premiere_date, last_error, updated_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (guild_id) DO UPDATE SET
                event_id = excluded.event_id, premiere_date = excluded.premiere_date,
                last_error = excluded.last_error, updated_at = excluded.updated_at
            """,
            (guild_id, event_id, premiere.isoformat() if premiere else None, error, now_iso()),
        )
