"""The alert-routes migration carries each server's one alerts channel over as one route."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from bot.answers.alerts import AlertKind, AlertRoute
from bot.db.alert_history import alert_status
from bot.db.connection import migrations, open_database
from bot.db.outbox import claim_due
from bot.db.subscriptions import guild_routes, server_alerts

ROUTES = "_alert_routes.sql"


def database_before_routes(path: Path) -> None:
    """A database as the bot left it before routes: one channel per server."""
    before = [
        m
        for m in migrations()
        if m.name < next(m.name for m in migrations() if m.name.endswith(ROUTES))
    ]
    with sqlite3.connect(path) as conn:
        for migration in before:
            conn.executescript(migration.script)
        conn.execute(f"PRAGMA user_version = {before[-1].version}")
        conn.executemany(
            "INSERT INTO alert_subscriptions (guild_id, channel_id, role_id, events_enabled,"
            " updated_by, updated_at) VALUES (?, ?, ?, ?, 9, '2026-01-01T00:00:00+00:00')",
            [(1, 10, 100, 1), (2, 20, None, 0)],
        )
        payload = json.dumps({"file_name": "a.txt", "title": "A", "date": None, "lede": ""})
        conn.executemany(
            "INSERT INTO alert_outbox (guild_id, kind, file_name, payload, status,"
            " next_attempt_at, created_at, channel_id, message_id)"
            " VALUES (?, 'article', 'a.txt', ?, ?, 0, '2026-01-01T00:00:00+00:00', ?, ?)",
            [(1, payload, "pending", None, None), (2, payload, "sent", 20, 555)],
        )


async def test_each_servers_channel_becomes_one_route_for_every_article(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    database_before_routes(path)
    async with open_database(path) as db:
        assert await guild_routes(db, 1) == [AlertRoute(1, 10, role_id=100)]
        assert await guild_routes(db, 2) == [AlertRoute(2, 20)]
        assert (await guild_routes(db, 1))[0].kinds == {AlertKind.ARTICLES}
        first = await server_alerts(db, 1)
        second = await server_alerts(db, 2)
        assert first is not None and first.events_enabled and first.pause is None
        assert second is not None and not second.events_enabled
        (waiting,) = await claim_due(db, lease_seconds=60)  # still goes to its server's channel
        assert (waiting.guild_id, waiting.channel_id) == (1, 10)
        (route,) = (await alert_status(db, 2)).routes
        assert [d.message_id for d in route.delivered] == [555]
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "alert_subscriptions" not in tables
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
