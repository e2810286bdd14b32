"""The exactly-once migration on a database an older bot left: doubled alerts keep one content
each, and the outbox then refuses a second alert for one route and content."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from bot.db.connection import migrations, open_database

BEFORE = next(m.version for m in migrations() if m.name.endswith("_exactly_once.sql")) - 1
"""The schema version before alerts had an article content."""


def _older_database(path: Path) -> None:
    """A database at :data:`BEFORE` holding one article, alerted twice to server 1 (the
    defect of two processes) and once to server 2, and one alert of an article since removed."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for migration in migrations()[:BEFORE]:
            conn.executescript(f"BEGIN;\n{migration.script}\nCOMMIT;")
        conn.execute(f"PRAGMA user_version = {BEFORE}")
        conn.execute(
            "INSERT INTO articles (file_name, content_hash, file_size, file_mtime_ns, title, lede,"
            " body, ingested_at) VALUES ('a.txt', 'h1', 1, 1, 'A', 'a', 'a', '2025-01-01')"
        )
        for guild, file_name in [(1, "a.txt"), (1, "a.txt"), (2, "a.txt"), (1, "gone.txt")]:
            conn.execute(
                "INSERT INTO alert_outbox (guild_id, kind, file_name, payload, next_attempt_at,"
                " created_at) VALUES (?, 'article', ?, '{}', 0, '2025-01-01')",
                (guild, file_name),
            )


async def test_doubled_alerts_of_an_older_bot_migrate_with_one_content_each(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.db"
    _older_database(path)
    async with open_database(path) as db, db.reading() as conn:
        async with conn.execute(
            "SELECT guild_id, file_name, content_hash FROM alert_outbox ORDER BY id"
        ) as cursor:
            rows = [tuple(row) for row in await cursor.fetchall()]
        async with conn.execute("SELECT content_hash FROM article_contents") as cursor:
            contents = [row[0] for row in await cursor.fetchall()]
    assert rows == [
        (1, "a.txt", "h1"),
        (1, "a.txt", None),
        (2, "a.txt", "h1"),
        (1, "gone.txt", None),
    ]
    assert contents == ["h1"]


async def test_the_outbox_refuses_a_second_alert_for_one_route_and_content(
    tmp_path: Path,
) -> None:
    async with open_database(tmp_path / "bot.db") as db:

        def twice(writer: sqlite3.Connection) -> None:
            for _ in range(2):
                writer.execute(
                    "INSERT INTO alert_outbox (guild_id, channel_id, kind, file_name,"
                    " content_hash, payload, next_attempt_at, created_at)"
                    " VALUES (1, 10, 'article', 'a.txt', 'h1', '{}', 0, '2025-01-01')"
                )

        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            await db.write_in_bulk(twice)
