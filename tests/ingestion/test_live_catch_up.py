"""The catch-up at start, as the running bot does it: it lets members' asks through while it
runs, says when it has ended, misses no file dropped meanwhile and reads none half-written."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Collection
from pathlib import Path

import pytest
from msgspec.structs import replace

import bot.ingestion.pipeline
from bot.config import load_settings
from bot.db.connection import Database
from bot.ingestion.pipeline import IngestReport, Outcome, ingest_folder
from bot.ingestion.scan import SeedFiles, scan
from bot.ingestion.service import LiveIngestion
from bot.ingestion.stamps import recently_written
from bot.ingestion.watcher import SeedWatcher
from tests.alerts.helpers import CASTING, CORPUS, outbox, subscribe

WAIT = 10.0


class HeldScan:
    """The ingest's scan of the whole folder, held in its thread until released: a catch-up
    as long as the test needs."""

    def __init__(self) -> None:
        self.scanned = threading.Event()
        self.release = threading.Event()

    def __call__(self, folder: Path, only: Collection[str] | None = None) -> SeedFiles:
        found = scan(folder, only)
        if only is None:
            self.scanned.set()
            self.release.wait(WAIT)
        return found


async def test_asks_are_answered_during_a_long_catch_up_and_a_file_dropped_then_is_alerted_once(
    db: Database, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest_folder(db, seeds_dir)
    await subscribe(db, guild_id=1, channel_id=11)
    held = HeldScan()
    monkeypatch.setattr(bot.ingestion.pipeline, "scan", held)
    settings = replace(
        load_settings({}, env_file=None), seeds_dir=seeds_dir, seeds_settle_seconds=0.3
    )
    live = LiveIngestion(db, settings, [])
    live.start()
    try:
        async with asyncio.timeout(WAIT):
            await asyncio.to_thread(held.scanned.wait, WAIT)
            # A member's ask meanwhile: the database read, on the event loop, gets its answer.
            async with db.reading() as conn, conn.execute("SELECT count(*) FROM articles") as cur:
                assert (await cur.fetchone())[0] > 0
            assert not live.caught_up.is_set()
            (seeds_dir / "casting.txt").write_text(CASTING, encoding="utf-8")
            held.release.set()
            await live.caught_up.wait()
            assert live.catch_up_seconds is not None
            await live.wait_for_ingest(lambda report: _new_in(report, "casting.txt"))
            # One more file after it: every change to the first is ingested by then.
            (seeds_dir / "later.txt").write_bytes((CORPUS / "107_premiere-date.txt").read_bytes())
            await live.wait_for_ingest(lambda report: _new_in(report, "later.txt"))
    finally:
        held.release.set()
        await live.stop()
    outcomes = [
        r.outcome for rep in live.reports for r in rep.results if r.file_name == "casting.txt"
    ]
    assert outcomes == [Outcome.NEW]
    alerts = [row for row in await outbox(db) if row["file_name"] == "casting.txt"]
    assert len(alerts) == 1


def _new_in(report: IngestReport, name: str) -> bool:
    return any(r.file_name == name and r.outcome is Outcome.NEW for r in report.results)


async def test_a_file_still_written_at_start_is_read_at_the_catch_up_only_once_complete(
    seeds_dir: Path,
) -> None:
    text = (CORPUS / "107_premiere-date.txt").read_bytes()
    path = seeds_dir / "slow.txt"
    path.write_bytes(text[:200])
    sizes: list[int] = []
    caught_up = asyncio.Event()

    async def ingest(files: frozenset[str] | None) -> None:
        if files is None:
            sizes.append(path.stat().st_size)
            caught_up.set()

    watcher = SeedWatcher(seeds_dir, on_files_changed=ingest, settle_seconds=0.4)
    watcher.start()
    try:
        # Closed after each chunk (no open writer to tell): the stamps alone keep it waiting.
        for at in range(200, len(text), 200):
            await asyncio.sleep(0.1)
            assert not sizes
            with path.open("ab") as handle:
                handle.write(text[at : at + 200])
        async with asyncio.timeout(WAIT):
            await caught_up.wait()
    finally:
        await watcher.stop()
    assert sizes == [len(text)]


async def test_only_the_files_written_lately_are_looked_at_again(seeds_dir: Path) -> None:
    old = time.time_ns() - 60 * 10**9
    for path in seeds_dir.iterdir():
        os.utime(path, ns=(old, old))
    (seeds_dir / "fresh.txt").write_text("new", encoding="utf-8")
    (seeds_dir / ".hidden.txt").write_text("new", encoding="utf-8")

    assert await recently_written(seeds_dir, 1.0) == {"fresh.txt"}
    assert await recently_written(seeds_dir / "gone", 1.0) == set()
