"""Stable fact ids: a fact keeps its id through re-extraction, edits, removal and restoring;
an id is never given to another fact; quote ids are the /quote numbers."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.db.connection import Database, migrations, open_database
from bot.ingestion.pipeline import ingest_folder
from tests.schema import database_at_version

ARTICLE = "003_bd3c99465ce20238.txt"
_IDS = {
    "cast": "SELECT a.file_name, r.actor_key || '|' || r.character_key || '|' || r.status,"
    " r.fact_id FROM roles AS r JOIN articles AS a ON a.id = r.article_id",
    "crew": "SELECT a.file_name, cc.person_key || '|' || cc.role, cc.fact_id"
    " FROM crew_credits AS cc JOIN articles AS a ON a.id = cc.article_id",
    "release": "SELECT a.file_name, rs.kind || '|' || ifnull(rs.date, rs.period), rs.fact_id"
    " FROM release_statements AS rs JOIN articles AS a ON a.id = rs.article_id",
    "quote": "SELECT a.file_name, q.text, q.id FROM quotes AS q JOIN articles AS a"
    " ON a.id = q.article_id",
}


BEFORE_IDS = next(m.version for m in migrations() if m.name.endswith("_corrections.sql")) - 1
"""The schema version before facts had stable ids."""


async def _ids(db: Database) -> dict[tuple[str, str, str], int]:
    """Every stored fact's id, by (kind, file, what it says)."""
    found = {}
    async with db.reading() as conn:
        for kind, sql in _IDS.items():
            for file_name, content, number in await conn.execute_fetchall(sql):
                found[(kind, file_name, content)] = number
    return found


async def test_every_fact_has_an_id_and_keeps_it_through_edits_removal_and_rebuild(
    db: Database, seeds_dir: Path, tmp_path: Path
) -> None:
    await ingest_folder(db, seeds_dir)
    first = await _ids(db)
    assert first and all(number is not None for number in first.values())
    for kind in _IDS:
        numbers = [n for (k, _, _), n in first.items() if k == kind]
        assert len(numbers) == len(set(numbers))  # within a kind, one id per fact

    article = seeds_dir / ARTICLE
    with article.open("a", encoding="utf-8") as edit:
        edit.write("Aiko Brandvold will play Juno Marsh in the film.\n")
    await ingest_folder(db, seeds_dir)
    edited = await _ids(db)
    assert {key: edited[key] for key in first} == first
    added = edited.keys() - first.keys()
    assert ("cast", ARTICLE, "aiko brandvold|juno marsh|current") in added
    first_cast = max(number for (kind, _, _), number in first.items() if kind == "cast")
    assert all(edited[key] > first_cast for key in added if key[0] == "cast")

    kept = tmp_path / ARTICLE
    shutil.move(article, kept)
    await ingest_folder(db, seeds_dir)
    assert not any(file == ARTICLE for _, file, _ in await _ids(db))
    shutil.move(kept, article)
    await ingest_folder(db, seeds_dir)
    assert await _ids(db) == edited

    await ingest_folder(db, seeds_dir, rebuild=True)
    assert await _ids(db) == edited


async def test_an_id_is_never_given_to_another_fact(db: Database, seeds_dir: Path) -> None:
    article = seeds_dir / ARTICLE
    original = article.read_text(encoding="utf-8")
    article.write_text(original + "Aiko Brandvold will play Juno Marsh.\n", encoding="utf-8")
    await ingest_folder(db, seeds_dir)
    before = await _ids(db)
    gone = before[("cast", ARTICLE, "aiko brandvold|juno marsh|current")]
    article.write_text(original + "Pim Lisowski will play Orla Halvorsen.\n", encoding="utf-8")
    await ingest_folder(db, seeds_dir)
    after = await _ids(db)
    new = after[("cast", ARTICLE, "pim lisowski|orla halvorsen|current")]
    assert gone not in [number for (kind, _, _), number in after.items() if kind == "cast"]
    assert new > gone


async def test_quote_ids_are_the_quote_numbers_and_survive_the_upgrade(tmp_path: Path) -> None:
    """A database made before fact ids keeps its quote numbers, and its facts get ids that
    re-extraction finds again."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(Path(__file__).parents[2] / "seeds" / ARTICLE, seeds / ARTICLE)
    path = tmp_path / "old.db"
    old = database_at_version(path, BEFORE_IDS, ARTICLE)
    old.execute(
        "INSERT INTO quotes (id, article_id, position, text, speaker_label, attribution,"
        " fragment) VALUES (41, 1, 0, 'Stored before the upgrade', 'Someone', '', 0)"
    )
    old.execute(
        "INSERT INTO roles (article_id, actor_key, character_key, status, evidence)"
        " VALUES (1, 'kit connor', 'nick', 'current', 'Kit Connor as Nick')"
    )
    old.commit()
    old.close()
    async with open_database(path) as db:
        upgraded = await _ids(db)
        assert upgraded[("quote", ARTICLE, "Stored before the upgrade")] == 41
        nick = upgraded[("cast", ARTICLE, "kit connor|nick|current")]
        await ingest_folder(db, seeds)  # the file differs from the stored hash: read again
        now = await _ids(db)
    assert now[("cast", ARTICLE, "kit connor|nick|current")] == nick
    quotes = [number for (kind, _, _), number in now.items() if kind == "quote"]
    assert min(quotes) > 41  # numbered after every number given before
