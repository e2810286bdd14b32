"""A character's castings are read from an index that holds them, never from the roles table:
the rows of roles (with their evidence) lie scattered through a table that grows with the
articles, one more page read per casting."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.db import people
from bot.db.connection import Database, open_database
from bot.ingestion.pipeline import ingest_folder
from bot.knowledge import Knowledge
from tests.schema import database_at_version


async def _issued(db: Database, character_id: int) -> list[str]:
    issued: list[str] = []
    async with db.reading() as conn:
        await conn.set_trace_callback(issued.append)
        try:
            await people.who_plays(conn, character_id)
        finally:
            await conn.set_trace_callback(None)
    return issued


async def test_who_plays_reads_castings_from_the_covering_index(
    db: Database, corpus_dir: Path
) -> None:
    await ingest_folder(db, corpus_dir)
    index = await Knowledge(db).character_index()
    character_id = index.exact(index.complete("", 1)[0])
    assert character_id is not None
    issued = await _issued(db, character_id)
    reader = sqlite3.connect(db.path)
    try:
        plans = [
            [str(row[3]) for row in reader.execute(f"EXPLAIN QUERY PLAN {sql}")] for sql in issued
        ]
    finally:
        reader.close()
    roles = [line for plan in plans for line in plan if " r " in f" {line} "]
    assert roles == ["SEARCH r USING COVERING INDEX roles_served_by_character (character_key=?)"]


async def test_the_index_replaces_the_one_by_character_alone(db: Database) -> None:
    reader = sqlite3.connect(db.path)
    try:
        names = {row[0] for row in reader.execute("SELECT name FROM sqlite_schema")}
    finally:
        reader.close()
    assert "roles_served_by_character" in names
    assert "roles_by_character" not in names


async def test_a_database_of_the_version_before_upgrades_with_its_castings(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.db"
    old = database_at_version(path, 13)
    old.execute(
        "INSERT INTO roles (article_id, actor_key, character_key, status, evidence)"
        " VALUES (1, 'ada vale', 'juno', 'current', 'Ada Vale plays Juno.')"
    )
    old.commit()
    old.close()
    async with open_database(path) as db, db.reading() as conn:
        rows = await conn.execute_fetchall(
            "SELECT actor_key FROM roles INDEXED BY roles_served_by_character"
            " WHERE character_key = 'juno' AND served"
        )
    assert [row[0] for row in rows] == ["ada vale"]
