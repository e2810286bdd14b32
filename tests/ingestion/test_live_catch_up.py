"""The catch-up at start, as the running bot does it: it reads no file half-written, and looks
again only at the files written lately."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

from bot.ingestion.stamps import recently_written
from bot.ingestion.watcher import SeedWatcher
from tests.alerts.helpers import CORPUS

WAIT = 10.0


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
