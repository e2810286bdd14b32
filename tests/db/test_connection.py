import sqlite3
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bot.db.connection import Database, DatabaseError, migrations, open_database, schema_version


async def test_a_new_database_is_created_migrated_and_configured(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "bot.db"
    async with open_database(path) as db, db.reading() as conn:
        async with conn.execute("PRAGMA user_version") as cursor:
            assert (await cursor.fetchone())[0] == schema_version()
        async with conn.execute("PRAGMA journal_mode") as cursor:
            assert (await cursor.fetchone())[0] == "wal"
        async with conn.execute("PRAGMA foreign_keys") as cursor:
            assert (await cursor.fetchone())[0] == 1
        async with conn.execute("PRAGMA busy_timeout") as cursor:
            assert (await cursor.fetchone())[0] >= 1000
        async with conn.execute("PRAGMA cache_size") as cursor:
            kib = -(await cursor.fetchone())[0]  # negative: KiB, not pages
            assert 0 < kib <= 1024  # the members' queries keep little resident
    assert path.is_file()


async def test_reopening_keeps_the_data_and_applies_no_migration_twice(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    async with open_database(path) as db, db.transaction() as conn:
        await conn.execute("INSERT INTO knowledge_state (key, value) VALUES ('kept', 'yes')")
    async with (
        open_database(path) as db,
        db.reading() as conn,
        conn.execute("SELECT value FROM knowledge_state WHERE key = 'kept'") as cursor,
    ):
        assert (await cursor.fetchone())[0] == "yes"


async def test_opening_an_up_to_date_database_takes_one_trip_after_connecting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bot's start-up waits for each trip to the connection's thread (a hand-over that a
    busy machine makes slow): its settings and the schema version are read in one."""
    path = tmp_path / "bot.db"
    async with open_database(path):
        pass
    trips: list[object] = []
    execute = aiosqlite.Connection._execute

    async def counted(self: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        trips.append(fn)
        return await execute(self, fn, *args, **kwargs)

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
    async with open_database(path):
        assert len(trips) == 1


async def test_a_database_from_a_newer_bot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    with pytest.raises(DatabaseError, match="newer"):
        async with open_database(path):
            pass


async def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(DatabaseError, match="not a usable SQLite database"):
        async with open_database(path):
            pass
    assert path.read_bytes().startswith(b"these are my notes")


async def test_a_failed_transaction_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO knowledge_state (key, value) VALUES ('x', '1')")
            raise RuntimeError("crash in the middle")
    async with db.reading() as conn, conn.execute("SELECT count(*) FROM knowledge_state") as cur:
        assert (await cur.fetchone())[0] == 0


async def test_tables_are_strict(db: Database) -> None:
    async with db.transaction() as conn:
        with pytest.raises(sqlite3.IntegrityError):
            await conn.execute("INSERT INTO people (id, name) VALUES ('not a number', 'Someone')")


async def test_upgrading_counts_each_spelling_of_every_name_in_the_articles(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v5.db"
    old = sqlite3.connect(path)
    for migration in migrations()[:5]:
        old.executescript(migration.script)
    old.execute("PRAGMA user_version = 5")
    old.executemany(
        "INSERT INTO articles (id, file_name, content_hash, file_size, file_mtime_ns, published,"
        " lede, body, ingested_at) VALUES (?, ?, 'h', 1, 1, ?, 'lede', 'body', 'now')",
        [(1, "a.txt", "2025-01-01"), (2, "b.txt", "2025-02-01"), (3, "c.txt", "2025-03-01")],
    )
    old.executemany(
        "INSERT INTO mentions (article_id, kind, name_key, name) VALUES (?, 'person', ?, ?)",
        [
            (1, "tobie donovan", "Tobie Donovan"),
            (2, "tobie donovan", "Tobie Donovan"),
            (3, "toby donovan", "Toby Donovan"),
            (1, "zoe ash", "Zoë Ash"),
            (3, "zoe ash", "Zoe Ash"),
        ],
    )
    old.commit()
    old.close()
    async with open_database(path) as db, db.reading() as conn:
        rows = await conn.execute_fetchall(
            "SELECT name_key, name, articles, article_id FROM name_variants ORDER BY name_key, name"
        )
    assert [tuple(row) for row in rows] == [
        ("tobie donovan", "Tobie Donovan", 2, 2),
        ("toby donovan", "Toby Donovan", 1, 3),
        ("zoe ash", "Zoe Ash", 1, 3),
        ("zoe ash", "Zoë Ash", 1, 1),
    ]


async def test_a_bulk_read_needs_no_turn_and_sees_only_what_is_committed(db: Database) -> None:
    def kept(writer: sqlite3.Connection) -> list[str]:
        return [row[0] for row in writer.execute("SELECT key FROM knowledge_state")]

    async with db.transaction() as conn:
        await conn.execute("INSERT INTO knowledge_state (key, value) VALUES ('open', 'yes')")
        # Within the turn held by an open write transaction: read all the same.
        during = await db.read_in_bulk(kept)
    assert "open" not in during
    assert "open" in await db.read_in_bulk(kept)
    await db.write_in_bulk(lambda writer: writer.execute("DELETE FROM knowledge_state"))
    assert await db.read_in_bulk(kept) == []
