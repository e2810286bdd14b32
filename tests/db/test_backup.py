"""Backups and exports keep what moderators did: their corrections and each server's
moderator role, beside every fact and its id."""

from __future__ import annotations

from pathlib import Path

from bot.db.backup import backup_database, export_knowledge
from bot.db.connection import Database, open_database
from bot.db.moderators import moderator_role, set_moderator_role
from bot.ingestion.pipeline import ingest_folder
from bot.moderation import corrections
from bot.moderation.permissions import OPERATOR

GUILD, ROLE, ADMIN = 11, 22, 33


async def _corrected(db: Database, seeds_dir: Path) -> int:
    """Seeded, one fact hidden, a moderator role named; the hidden fact's correction number."""
    await ingest_folder(db, seeds_dir)
    hidden = await corrections.hide(db, OPERATOR, "cast-1", "wrong name")
    await set_moderator_role(db, GUILD, ROLE, ADMIN)
    return hidden.entry.number


async def test_a_restored_backup_keeps_the_corrections_and_the_moderator_roles(
    db: Database, seeds_dir: Path, tmp_path: Path
) -> None:
    number = await _corrected(db, seeds_dir)
    copy = tmp_path / "backup.db"
    await backup_database(db.path, copy)
    async with open_database(copy) as restored:
        assert await moderator_role(restored, GUILD) == ROLE
        log = await corrections.correction_log(restored, lambda _: "")
        assert [entry.number for entry in log.entries] == [number]
        # Still applied: the restored knowledge does not serve the hidden fact.
        async with restored.reading() as conn:
            rows = await conn.execute_fetchall("SELECT served FROM roles WHERE fact_id = 1")
        assert [row[0] for row in rows] == [0]


async def test_the_export_lists_facts_with_their_ids_corrections_and_moderator_roles(
    db: Database, seeds_dir: Path
) -> None:
    number = await _corrected(db, seeds_dir)
    exported = await export_knowledge(db)
    (hidden,) = [role for role in exported["roles"] if role["fact_id"] == "cast-1"]
    assert (hidden["served"], hidden["corrected"]) == (0, 1)
    assert all(quote["id"] for quote in exported["quotes"])
    (correction,) = exported["corrections"]
    assert correction["number"] == number
    assert (correction["action"], correction["fact_id"], correction["reason"]) == (
        "hide",
        "cast-1",
        "wrong name",
    )
    (role,) = exported["moderator_roles"]
    assert (role["guild_id"], role["role_id"], role["updated_by"]) == (GUILD, ROLE, ADMIN)
