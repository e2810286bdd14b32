"""Ingestion on real files in a temporary seeds folder and a real SQLite database."""

import os
import shutil
from pathlib import Path

import pytest

import bot.db.articles
from bot.cli.report import describe_report
from bot.db.connection import Database
from bot.ingestion.pipeline import Outcome, ingest_folder
from bot.ingestion.scan import SeedsFolderError

SEED = "000_f65b949458870bbc.txt"


async def count(db: Database, sql: str, *params: object) -> int:
    async with db.reading() as conn, conn.execute(sql, params) as cursor:
        row = await cursor.fetchone()
    return int(row[0])


async def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every fact table's content, without ids, to compare two states of the knowledge."""
    queries = {
        "articles": "SELECT file_name, content_hash, published, title, lede, body FROM articles",
        "roles": "SELECT a.file_name, actor_key, character_key, status FROM roles"
        " JOIN articles a ON a.id = article_id",
        "crew": "SELECT a.file_name, person_key, role FROM crew_credits"
        " JOIN articles a ON a.id = article_id",
        "release": "SELECT a.file_name, kind, date, period, r.title FROM release_statements r"
        " JOIN articles a ON a.id = article_id",
        "quotes": "SELECT a.file_name, text, speaker_label FROM quotes"
        " JOIN articles a ON a.id = article_id",
        "people": "SELECT name FROM people",
        "characters": "SELECT name FROM characters",
    }
    result = {}
    async with db.reading() as conn:
        for name, sql in queries.items():
            async with conn.execute(sql) as cursor:
                result[name] = sorted(tuple(row) for row in await cursor.fetchall())
    return result


def outcomes(report) -> dict[str, Outcome]:
    return {result.file_name: result.outcome for result in report.every_result()}


async def test_first_seed_ingests_every_file_with_facts(db: Database, seeds_dir: Path) -> None:
    report = await ingest_folder(db, seeds_dir)
    assert set(outcomes(report).values()) == {Outcome.NEW}
    assert await count(db, "SELECT count(*) FROM articles") == 2
    assert await count(db, "SELECT count(*) FROM roles") > 10
    assert await count(db, "SELECT count(*) FROM quotes") > 5
    assert (
        await count(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Westmoreland'")
        == 1
    )


async def test_seeding_again_changes_nothing(db: Database, corpus_dir: Path) -> None:
    await ingest_folder(db, corpus_dir)
    before = await snapshot(db)
    report = await ingest_folder(db, corpus_dir)
    assert set(outcomes(report).values()) == {Outcome.UNCHANGED}
    assert not report.changed_anything
    assert await snapshot(db) == before


async def test_unread_unchanged_files_are_listed_by_name_and_counted(
    db: Database, corpus_dir: Path
) -> None:
    await ingest_folder(db, corpus_dir)
    report = await ingest_folder(db, corpus_dir)
    names = sorted(path.name for path in corpus_dir.glob("*.txt"))
    assert report.results == []  # no result object made for a file not read
    assert report.unchanged == names
    assert report.files == len(names)
    assert report.totals() == {Outcome.UNCHANGED: len(names)}
    assert [r.file_name for r in report.every_result()] == names
    assert f"unchanged  {names[0]}" in describe_report(report).splitlines()


async def test_a_touched_but_identical_file_is_not_re_extracted(
    db: Database, seeds_dir: Path
) -> None:
    await ingest_folder(db, seeds_dir)
    quote_ids = await snapshot_ids(db)
    os.utime(seeds_dir / SEED, ns=(1, 1))
    report = await ingest_folder(db, seeds_dir)
    assert outcomes(report)[SEED] is Outcome.UNCHANGED
    assert await snapshot_ids(db) == quote_ids


async def snapshot_ids(db: Database) -> list[tuple]:
    async with db.reading() as conn, conn.execute("SELECT id, text FROM quotes ORDER BY id") as c:
        return [tuple(row) for row in await c.fetchall()]


async def test_a_changed_file_replaces_its_facts(db: Database, seeds_dir: Path) -> None:
    await ingest_folder(db, seeds_dir)
    path = seeds_dir / SEED
    path.write_text(path.read_text() + "\n- Ada Quinlan as Wren Holloway\n")
    report = await ingest_folder(db, seeds_dir)
    assert outcomes(report)[SEED] is Outcome.CHANGED
    assert await count(db, "SELECT count(*) FROM roles WHERE character_key = 'wren holloway'") == 1

    path.write_text(path.read_text().replace("- Ada Quinlan as Wren Holloway\n", ""))
    await ingest_folder(db, seeds_dir)
    assert await count(db, "SELECT count(*) FROM roles WHERE character_key = 'wren holloway'") == 0
    assert await count(db, "SELECT count(*) FROM characters WHERE name = 'Wren Holloway'") == 0


async def test_unchanged_quotes_keep_their_numbers_when_the_file_changes(
    db: Database, seeds_dir: Path
) -> None:
    await ingest_folder(db, seeds_dir)
    before = await snapshot_ids(db)
    path = seeds_dir / SEED
    path.write_text(path.read_text() + '\n"A brand new remark," a spokesperson said.\n')
    await ingest_folder(db, seeds_dir)
    after = await snapshot_ids(db)
    assert set(before) <= set(after)
    assert max(after)[0] > max(before)[0]


async def test_a_removed_file_retracts_its_facts(db: Database, seeds_dir: Path) -> None:
    await ingest_folder(db, seeds_dir)
    (seeds_dir / SEED).unlink()
    report = await ingest_folder(db, seeds_dir)
    assert outcomes(report)[SEED] is Outcome.REMOVED
    assert await count(db, "SELECT count(*) FROM articles WHERE file_name = ?", SEED) == 0
    # Yasmin Finney is named only in the removed article.
    assert await count(db, "SELECT count(*) FROM people WHERE name LIKE 'Yasmin%'") == 0
    assert (
        await count(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Finney'") == 0
    )


async def test_bad_files_are_reported_and_skipped_while_the_rest_are_ingested(
    db: Database, seeds_dir: Path
) -> None:
    (seeds_dir / "empty.txt").write_bytes(b"")
    (seeds_dir / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (seeds_dir / "latin1.txt").write_bytes(b" date 2025-01-01 Caf\xe9\n")
    (seeds_dir / "huge.txt").write_bytes(b" date 2025-01-01 Big.\n" + b"x" * 2_000_000)
    report = await ingest_folder(db, seeds_dir)
    rejected = {r.file_name: r.notes[0] for r in report.results if r.outcome is Outcome.REJECTED}
    assert set(rejected) == {"empty.txt", "binary.txt", "latin1.txt", "huge.txt"}
    assert "empty" in rejected["empty.txt"]
    assert "binary" in rejected["binary.txt"]
    assert "UTF-8" in rejected["latin1.txt"]
    assert "limit" in rejected["huge.txt"]
    assert await count(db, "SELECT count(*) FROM articles") == 2


async def test_a_file_without_a_date_line_is_ingested_with_its_date_unknown(
    db: Database, seeds_dir: Path
) -> None:
    (seeds_dir / "undated.txt").write_text(
        "Ada Quinlan will play Wren Holloway, the studio said.\n"
    )
    report = await ingest_folder(db, seeds_dir)
    undated = next(r for r in report.results if r.file_name == "undated.txt")
    assert undated.outcome is Outcome.NEW
    assert "date unknown" in undated.notes[0]
    assert await count(db, "SELECT count(*) FROM articles WHERE published IS NULL") == 1


async def test_hidden_temporary_and_foreign_files_are_ignored(
    db: Database, seeds_dir: Path, tmp_path: Path
) -> None:
    article = (seeds_dir / SEED).read_bytes()
    (seeds_dir / ".hidden.txt").write_bytes(article)
    (seeds_dir / "draft.txt.swp").write_bytes(article)
    (seeds_dir / "~lock.txt").write_bytes(article)
    (seeds_dir / "notes.md").write_bytes(article)
    (seeds_dir / "folder.txt").mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_bytes(article)
    (seeds_dir / "link.txt").symlink_to(outside)
    report = await ingest_folder(db, seeds_dir)
    assert {r.file_name for r in report.results} == {SEED, "003_bd3c99465ce20238.txt"}


async def test_a_missing_seeds_folder_is_a_clear_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(SeedsFolderError, match="does not exist"):
        await ingest_folder(db, tmp_path / "nowhere")


async def test_a_crash_while_storing_leaves_the_database_as_before(
    db: Database, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest_folder(db, corpus_dir)
    before = await snapshot(db)
    for name in ("107_premiere-date.txt", "108_date-pushed.txt"):
        path = corpus_dir / name
        path.write_text(path.read_text() + "\nKit Connor will play Someone Else.\n")

    def crash(*args: object) -> None:
        raise RuntimeError("power cut")

    # After the article row is written, before its facts are: a crash in mid-transaction.
    monkeypatch.setattr(bot.db.articles, "_fact_statements", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        await ingest_folder(db, corpus_dir)
    assert await snapshot(db) == before

    monkeypatch.undo()
    report = await ingest_folder(db, corpus_dir)
    assert outcomes(report)["107_premiere-date.txt"] is Outcome.CHANGED


async def test_rebuild_re_extracts_every_file_and_keeps_everything_else(
    db: Database, corpus_dir: Path
) -> None:
    await ingest_folder(db, corpus_dir)
    before = await snapshot(db)
    quote_ids = await snapshot_ids(db)
    async with db.transaction() as conn:
        await conn.execute("INSERT INTO knowledge_state (key, value) VALUES ('operator', 'kept')")
        await conn.execute("DELETE FROM roles")  # as if an older extractor had found no cast
    report = await ingest_folder(db, corpus_dir, rebuild=True)
    assert len(report.results) == 10
    assert await snapshot(db) == before
    assert await snapshot_ids(db) == quote_ids
    assert await count(db, "SELECT count(*) FROM knowledge_state WHERE key = 'operator'") == 1


async def test_ingestion_order_does_not_change_the_knowledge(
    db: Database, corpus_dir: Path, tmp_path: Path
) -> None:
    """Files arriving newest first end in the same people and characters as oldest first."""
    late = tmp_path / "late"
    late.mkdir()
    for path in sorted(corpus_dir.iterdir(), reverse=True)[:5]:
        shutil.move(path, late / path.name)
    await ingest_folder(db, late)
    for path in late.iterdir():
        shutil.copy(path, corpus_dir / path.name)
    await ingest_folder(db, corpus_dir)
    merged = await snapshot(db)

    async with db.transaction() as conn:
        await conn.execute("DELETE FROM articles")
    await ingest_folder(db, corpus_dir)
    fresh = await snapshot(db)
    assert merged["people"] == fresh["people"]
    assert merged["characters"] == fresh["characters"]
