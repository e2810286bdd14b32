"""Databases as an older version of the bot left them, to test upgrades (migrations)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.db.connection import migrations


def database_at_version(path: Path, version: int, file_name: str = "a.txt") -> sqlite3.Connection:
    """A new database migrated to ``version`` only, holding one article (id 1, ``file_name``);
    the caller adds rows, commits and closes it."""
    old = sqlite3.connect(path)
    for migration in migrations()[:version]:
        old.executescript(migration.script)
    old.execute(f"PRAGMA user_version = {int(version)}")
    old.execute(
        "INSERT INTO articles (id, file_name, content_hash, file_size, file_mtime_ns, lede,"
        " body, ingested_at) VALUES (1, ?, 'h', 1, 1, 'lede', 'body', 'now')",
        (file_name,),
    )
    return old
