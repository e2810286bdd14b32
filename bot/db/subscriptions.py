"""Where each server's news alerts go: its routes (one per channel: filter and role), its own
settings (premiere events, a pause), and its premiere event's state.

A server has a row in ``alert_servers`` exactly while it has at least one route: turning off
its last route turns its alerts off (premiere events included).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time

import aiosqlite

from bot.answers.alerts import (
    AlertKind,
    AlertRoute,
    EventState,
    Pause,
    RouteChange,
    ServerAlerts,
)
from bot.db.connection import Database
from bot.db.rows import fetch, now_iso

ROUTE_COLUMNS = "guild_id, channel_id, kinds, keywords, role_id, forum"
SERVER_COLUMNS = "guild_id, events_enabled, paused_at, paused_until"


async def save_route(
    db: Database, change: RouteChange, user_id: int, *, max_routes: int | None = None
) -> tuple[AlertRoute, bool] | None:
    """Add or update the route of ``change.channel_id``, keeping what ``change`` leaves out.

    Returns the route as saved and whether it is new, or None (nothing saved) when the server
    already has ``max_routes`` other routes.
    """
    kinds = None if change.kinds is None else json.dumps(sorted(change.kinds))
    keywords = None if change.keywords is None else json.dumps(change.keywords, ensure_ascii=False)
    keep_role = change.role_id is None and not change.clear_role
    async with db.transaction() as conn:
        channels = {
            row[0]
            for row in await fetch(
                conn, "SELECT channel_id FROM alert_routes WHERE guild_id = ?", (change.guild_id,)
            )
        }
        created = change.channel_id not in channels
        if created and max_routes is not None and len(channels) >= max_routes:
            return None
        await conn.execute(
            "INSERT INTO alert_servers (guild_id, updated_by, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (guild_id) DO NOTHING",
            (change.guild_id, user_id, now_iso()),
        )
        # ?1 guild, ?2 channel, ?3 forum, ?4 role, ?5 kinds, ?6 keywords, ?7 keep the role,
        # ?8 user, ?9 now (kinds and keywords NULL: keep them, or the defaults when new)
        rows = await fetch(
            conn,
            f"""
            INSERT INTO alert_routes (guild_id, channel_id, forum, role_id, kinds, keywords,
                                      updated_by, updated_at)
            VALUES (?1, ?2, ?3, ?4, coalesce(?5, '["articles"]'), coalesce(?6, '[]'), ?8, ?9)
            ON CONFLICT (guild_id, channel_id) DO UPDATE SET
                forum = excluded.forum,
                role_id = CASE WHEN ?7 THEN role_id ELSE excluded.role_id END,
                kinds = coalesce(?5, kinds),
                keywords = coalesce(?6, keywords),
                updated_by = excluded.updated_by, updated_at = excluded.updated_at
            RETURNING {ROUTE_COLUMNS}
            """,
            (
                change.guild_id,
                change.channel_id,
                int(change.forum),
                change.role_id,
                kinds,
                keywords,
                int(keep_role),
                user_id,
                now_iso(),
            ),
        )
    return route_of(rows[0]), created


async def remove_routes(
    db: Database, guild_id: int, channel_id: int | None = None
) -> tuple[int, int]:
    """Stop alerts in one channel of the server, or (``channel_id`` None) in all of them.

    Their alerts still waiting, or failed and not resent, are cancelled; with no route left,
    the server's settings and premiere event state go too. Returns how many routes were
    removed and how many are left.
    """
    reason = "alerts were turned off in this channel"
    async with db.transaction() as conn:
        removed = await fetch(
            conn,
            "DELETE FROM alert_routes WHERE guild_id = ? AND (? IS NULL OR channel_id = ?)"
            " RETURNING channel_id",
            (guild_id, channel_id, channel_id),
        )
        await conn.execute(
            "UPDATE alert_outbox SET status = 'cancelled', finished_at = ?, last_error = ?"
            " WHERE guild_id = ? AND status IN ('pending', 'failed')"
            " AND channel_id IN (SELECT value FROM json_each(?))",
            (now_iso(), reason, guild_id, json.dumps([row[0] for row in removed])),
        )
        left = await fetch(
            conn, "SELECT count(*) FROM alert_routes WHERE guild_id = ?", (guild_id,)
        )
        if not left[0][0]:
            await conn.execute("DELETE FROM alert_servers WHERE guild_id = ?", (guild_id,))
            await conn.execute("DELETE FROM alert_events WHERE guild_id = ?", (guild_id,))
    return len(removed), int(left[0][0])


async def route(db: Database, guild_id: int, channel_id: int) -> AlertRoute | None:
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            f"SELECT {ROUTE_COLUMNS} FROM alert_routes WHERE guild_id = ? AND channel_id = ?",
            (guild_id, channel_id),
        )
    return route_of(rows[0]) if rows else None


async def guild_routes(db: Database, guild_id: int) -> list[AlertRoute]:
    """The server's routes, oldest channel first."""
    async with db.reading() as conn:
        return await routes_of_guild(conn, guild_id)


async def routes_of_guild(conn: aiosqlite.Connection, guild_id: int) -> list[AlertRoute]:
    rows = await fetch(
        conn,
        f"SELECT {ROUTE_COLUMNS} FROM alert_routes WHERE guild_id = ? ORDER BY channel_id",
        (guild_id,),
    )
    return [route_of(row) for row in rows]


def every_route(writer: sqlite3.Connection) -> list[AlertRoute]:
    """Every route of every server, for queueing a new article's alerts (on the ``writer``)."""
    rows = writer.execute(
        f"SELECT {ROUTE_COLUMNS} FROM alert_routes ORDER BY guild_id, channel_id"
    ).fetchall()
    return [route_of(row) for row in rows]


def route_of(row: sqlite3.Row) -> AlertRoute:
    """A row of :data:`ROUTE_COLUMNS` (a :class:`sqlite3.Row` or a plain tuple)."""
    guild_id, channel_id, kinds, keywords, role_id, forum = row
    return AlertRoute(
        guild_id=int(guild_id),
        channel_id=int(channel_id),
        kinds=frozenset(AlertKind(kind) for kind in json.loads(kinds)),
        keywords=tuple(str(word) for word in json.loads(keywords)),
        role_id=int(role_id) if role_id is not None else None,
        forum=bool(forum),
    )


async def server_alerts(db: Database, guild_id: int) -> ServerAlerts | None:
    """The server's settings; None when it has no route."""
    async with db.reading() as conn:
        return await server_row(conn, guild_id)


async def server_row(conn: aiosqlite.Connection, guild_id: int) -> ServerAlerts | None:
    rows = await fetch(
        conn, f"SELECT {SERVER_COLUMNS} FROM alert_servers WHERE guild_id = ?", (guild_id,)
    )
    return server_of(rows[0]) if rows else None


def server_of(row: sqlite3.Row) -> ServerAlerts:
    guild_id, events_enabled, paused_at, paused_until = row
    pause = None
    if paused_at is not None:
        until = None
        if paused_until is not None:
            until = dt.datetime.fromtimestamp(float(paused_until), dt.UTC)
        pause = Pause(dt.datetime.fromisoformat(paused_at), until)
    return ServerAlerts(int(guild_id), bool(events_enabled), pause)


async def set_events(db: Database, guild_id: int, enabled: bool) -> ServerAlerts | None:
    """Turn premiere events on or off; forgets the last event error so it is tried again.

    None when the server has no route (nothing is saved).
    """
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            "UPDATE alert_servers SET events_enabled = ?, updated_at = ? WHERE guild_id = ?"
            f" RETURNING {SERVER_COLUMNS}",
            (int(enabled), now_iso(), guild_id),
        )
        await conn.execute(
            "UPDATE alert_events SET last_error = NULL WHERE guild_id = ?", (guild_id,)
        )
    return server_of(rows[0]) if rows else None


async def event_servers(db: Database) -> list[ServerAlerts]:
    """The servers with premiere events on."""
    async with db.reading() as conn:
        rows = await fetch(
            conn,
            f"SELECT {SERVER_COLUMNS} FROM alert_servers WHERE events_enabled = 1"
            " ORDER BY guild_id",
        )
    return [server_of(row) for row in rows]


async def pause_server(
    db: Database, guild_id: int, user_id: int, hours: float | None
) -> ServerAlerts | None:
    """Hold the server's alerts for ``hours`` (None: until resumed); they stay queued.

    Pausing again replaces the end of the pause. None when the server has no route.
    """
    until = None if hours is None else time.time() + hours * 3600
    async with db.transaction() as conn:
        rows = await fetch(
            conn,
            "UPDATE alert_servers SET paused_at = coalesce(paused_at, ?), paused_until = ?,"
            f" updated_by = ?, updated_at = ? WHERE guild_id = ? RETURNING {SERVER_COLUMNS}",
            (now_iso(), until, user_id, now_iso(), guild_id),
        )
    return server_of(rows[0]) if rows else None


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
