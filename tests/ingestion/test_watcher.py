"""The seeds watcher on a real folder: filesystem events, settled batches, ignored files."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.alerts.queue import enqueue_article_alerts
from bot.db.connection import Database
from bot.ingestion.pipeline import IngestReport, Outcome, ingest_folder
from bot.ingestion.watcher import SeedWatcher, is_article_path
from tests.alerts.helpers import CORPUS

WAIT = 10.0


class Recorder:
    """Ingests on every watcher call and keeps the reports, with a way to wait for one."""

    def __init__(self, db: Database, seeds: Path) -> None:
        self.db, self.seeds = db, seeds
        self.reports: list[IngestReport] = []
        self.changed = asyncio.Event()

    async def __call__(self) -> None:
        report = await ingest_folder(self.db, self.seeds, on_new_article=enqueue_article_alerts)
        self.reports.append(report)
        self.changed.set()

    async def wait_for(self, name: str, outcome: Outcome) -> None:
        async with asyncio.timeout(WAIT):
            while not self.outcomes(name).count(outcome):
                self.changed.clear()
                await self.changed.wait()

    def outcomes(self, name: str) -> list[Outcome]:
        return [r.outcome for rep in self.reports for r in rep.results if r.file_name == name]


@pytest.fixture
async def watching(db: Database, seeds_dir: Path) -> AsyncIterator[Recorder]:
    await ingest_folder(db, seeds_dir)
    recorder = Recorder(db, seeds_dir)
    watcher = SeedWatcher(seeds_dir, recorder, settle_seconds=0.4)
    watcher.start()
    try:
        async with asyncio.timeout(WAIT):
            while not recorder.reports:  # the catch-up pass at start
                recorder.changed.clear()
                await recorder.changed.wait()
        yield recorder
    finally:
        await watcher.stop()


@pytest.mark.parametrize(
    ("name", "relevant"),
    [
        ("news.txt", True),
        (".news.txt", False),
        ("~news.txt", False),
        ("news.txt~", False),
        (".news.txt.swp", False),
        ("news.txt.tmp", False),
        ("#news.txt#", False),
        ("news.md", False),
    ],
)
def test_only_visible_txt_files_matter(name: str, relevant: bool) -> None:
    assert is_article_path(Path("/seeds") / name) is relevant


async def test_a_dropped_file_is_ingested(watching: Recorder, seeds_dir: Path) -> None:
    (seeds_dir / "107.txt").write_bytes((CORPUS / "107_premiere-date.txt").read_bytes())
    await watching.wait_for("107.txt", Outcome.NEW)


async def test_the_catch_up_at_start_waits_until_the_folder_is_watched(
    db: Database, seeds_dir: Path
) -> None:
    """Else a file dropped while the watch is set up is in neither the catch-up nor an event."""
    watched_at_catch_up: list[bool] = []
    caught_up = asyncio.Event()

    async def catch_up() -> None:
        watching = asyncio.ensure_future(watcher.wait_watching())
        await asyncio.sleep(0)  # one step: done at once if the watch is already in place
        watched_at_catch_up.append(watching.done())
        watching.cancel()
        caught_up.set()

    watcher = SeedWatcher(seeds_dir, catch_up, settle_seconds=0.4)
    watcher.start()
    try:
        async with asyncio.timeout(WAIT):
            await caught_up.wait()
    finally:
        await watcher.stop()
    assert watched_at_catch_up == [True]


async def test_a_burst_of_files_is_ingested_as_one_batch(
    watching: Recorder, seeds_dir: Path
) -> None:
    before = len(watching.reports)
    names = ["101_new-characters.txt", "102_filming-begins.txt", "103_mod-update.txt"]
    for name in names:
        (seeds_dir / name).write_bytes((CORPUS / name).read_bytes())
    for name in names:
        await watching.wait_for(name, Outcome.NEW)
    batches = [rep for rep in watching.reports[before:] if rep.changed_anything]
    assert len(batches) == 1


async def test_hidden_and_temporary_files_are_ignored(watching: Recorder, seeds_dir: Path) -> None:
    text = (CORPUS / "107_premiere-date.txt").read_bytes()
    for name in (".hidden.txt", "~lock.txt", "draft.txt.swp", "draft.txt.tmp"):
        (seeds_dir / name).write_bytes(text)
    (seeds_dir / "real.txt").write_bytes(text)
    await watching.wait_for("real.txt", Outcome.NEW)
    seen = {r.file_name for rep in watching.reports for r in rep.results}
    assert not seen & {".hidden.txt", "~lock.txt", "draft.txt.swp", "draft.txt.tmp"}


async def test_a_half_written_file_is_not_ingested_until_complete(
    watching: Recorder, seeds_dir: Path, db: Database
) -> None:
    text = (CORPUS / "107_premiere-date.txt").read_bytes()
    path = seeds_dir / "slow.txt"
    chunks = [text[i : i + 200] for i in range(0, len(text), 200)]
    with path.open("wb") as handle:  # a slow writer: a chunk every 50 ms, quieter than settle
        for chunk in chunks:
            handle.write(chunk)
            handle.flush()
            await asyncio.sleep(0.05)
            assert watching.outcomes("slow.txt") == []
    await watching.wait_for("slow.txt", Outcome.NEW)
    assert watching.outcomes("slow.txt") == [Outcome.NEW]
    async with (
        db.reading() as conn,
        conn.execute("SELECT file_size FROM articles WHERE file_name = 'slow.txt'") as cursor,
    ):
        assert (await cursor.fetchone())[0] == len(text)


async def test_an_edit_and_a_deletion_are_picked_up(watching: Recorder, seeds_dir: Path) -> None:
    path = seeds_dir / "107.txt"
    path.write_bytes((CORPUS / "107_premiere-date.txt").read_bytes())
    await watching.wait_for("107.txt", Outcome.NEW)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("One more paragraph.\n")
    await watching.wait_for("107.txt", Outcome.CHANGED)
    path.unlink()
    await watching.wait_for("107.txt", Outcome.REMOVED)
