"""Big ingests extract in worker processes and write each batch in one hop: same knowledge."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.ingestion.pipeline
from bot.db.connection import open_database
from bot.ingestion.pipeline import Outcome, ingest_folder
from tests.ingestion.test_pipeline import snapshot


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
