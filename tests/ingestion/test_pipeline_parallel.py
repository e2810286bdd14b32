"""Big ingests extract in worker processes, write each batch in one hop and rebuild the search
indexes at the end: the same knowledge, found by the same searches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import bot.ingestion.pipeline
from bot.db.archive import search
from bot.db.connection import Database, open_database
from bot.ingestion.pipeline import Outcome, ingest_folder
from tests.ingestion.test_pipeline import count, snapshot

# A hang guard only.
pytestmark = pytest.mark.timeout(900)


@pytest.mark.slow
async def test_worker_processes_learn_exactly_what_a_thread_does(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with open_database(tmp_path / "serial.db") as db:
        serial_report = await ingest_folder(db, corpus_dir)
        serial = await snapshot(db)

    monkeypatch.setattr(bot.ingestion.pipeline, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(
        bot.ingestion.pipeline, "_BATCH_SIZE", 3
    )  # several batches in flight at once
    async with open_database(tmp_path / "parallel.db") as db:
        parallel_report = await ingest_folder(db, corpus_dir)
        assert await snapshot(db) == serial
        again = await ingest_folder(db, corpus_dir, rebuild=True)
        assert await snapshot(db) == serial

    assert [(r.file_name, r.outcome) for r in parallel_report.results] == [
        (r.file_name, r.outcome) for r in serial_report.results
    ]
    assert {r.outcome for r in again.results} <= {Outcome.UNCHANGED, Outcome.CHANGED}


async def _search_index_in_step(db: Database) -> None:
    """FTS5's own check of both search indexes against the articles and quotes (raises if
    a row is missing, stale or extra)."""
    async with db.transaction() as conn:
        for table in ("articles_fts", "quotes_fts"):
            await conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


async def _found(db: Database, words: str) -> list[str]:
    async with db.reading() as conn:
        results = await search(conn, words, limit=25)
    return sorted(hit.source.file_name for hit in results.hits)


@pytest.mark.slow
async def test_a_big_ingest_leaves_search_finding_what_a_small_one_does(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with open_database(tmp_path / "serial.db") as db:
        await ingest_folder(db, corpus_dir)
        serial = [await _found(db, words) for words in _SEARCHES]

    monkeypatch.setattr(bot.ingestion.pipeline, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(bot.ingestion.pipeline, "_BATCH_SIZE", 3)
    async with open_database(tmp_path / "bulk.db") as db:
        await ingest_folder(db, corpus_dir)
        await _search_index_in_step(db)
        assert [await _found(db, words) for words in _SEARCHES] == serial
        assert any(serial), "the searches find something"

        # A small ingest afterwards keeps the index in step as it goes.
        monkeypatch.setattr(bot.ingestion.pipeline, "PARALLEL_MIN_FILES", 500)
        changed = sorted(corpus_dir.glob("*.txt"))[0]
        changed.write_text(changed.read_text() + "\nA zanzibarian update.\n")
        await ingest_folder(db, corpus_dir)
        await _search_index_in_step(db)
        assert await _found(db, "zanzibarian") == [changed.name]


@pytest.mark.slow
async def test_a_big_ingest_stopped_halfway_leaves_search_to_the_next_ingest(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.ingestion.pipeline, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(bot.ingestion.pipeline, "_BATCH_SIZE", 3)
    stored = bot.ingestion.pipeline._write_batch
    batches = 0

    def power_cut_after_two_batches(*args: Any) -> Any:
        nonlocal batches
        batches += 1
        if batches > 2:
            raise RuntimeError("power cut")
        return stored(*args)

    monkeypatch.setattr(bot.ingestion.pipeline, "_write_batch", power_cut_after_two_batches)
    async with open_database(tmp_path / "bot.db") as db:
        with pytest.raises(RuntimeError, match="power cut"):
            await ingest_folder(db, corpus_dir)
        assert await count(db, "SELECT count(*) FROM articles") == 6

        monkeypatch.setattr(bot.ingestion.pipeline, "PARALLEL_MIN_FILES", 500)
        monkeypatch.setattr(bot.ingestion.pipeline, "_write_batch", stored)
        await ingest_folder(db, corpus_dir)
        await _search_index_in_step(db)
        async with db.reading() as conn:
            rows = await conn.execute_fetchall("SELECT file_name, title FROM articles")
        for file_name, title in rows:
            if title:
                assert file_name in await _found(db, title)


_SEARCHES = ("premiere", "director", "season two", "filming")
