"""Watch the seeds folder with filesystem events and ingest what changes, in settled batches.

The watcher ignores hidden files, temporary and editor swap files and anything that is not a
``.txt`` article (the same rule as ingestion). After a change it waits until the folder has
been quiet for a settle period, so a file still being written is read only once complete and a
burst of files becomes one batch. Watching runs in watchfiles' thread; nothing here blocks the
event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

import watchfiles

from bot.ingest import SEED_SUFFIX

log = logging.getLogger(__name__)

DEFAULT_SETTLE_SECONDS = 0.3
_SWAP_SUFFIXES = (".swp", ".swo", ".swx", ".tmp", ".part", ".crdownload", "~")
_RESTART_PAUSE = 5.0

OnChange = Callable[[], Awaitable[object]]


def is_article_path(path: str | Path) -> bool:
    """Whether a change to ``path`` may matter: a visible ``.txt`` file, not a temp file."""
    name = Path(path).name
    if name.startswith((".", "~", "#")) or name.endswith(_SWAP_SUFFIXES):
        return False
    return name.endswith(SEED_SUFFIX)


def _watch_filter(change: watchfiles.Change, path: str) -> bool:
    return is_article_path(path)


class SeedWatcher:
    """Calls ``on_change`` once after each settled burst of changes to article files.

    ``on_change`` is also called once when watching starts, to catch anything that arrived
    between the start-up ingest and the watch.
    """

    def __init__(
        self,
        seeds_dir: Path,
        on_change: OnChange,
        *,
        settle_seconds: float = DEFAULT_SETTLE_SECONDS,
        retry_seconds: float = _RESTART_PAUSE,
    ) -> None:
        self._dir = seeds_dir
        self._on_change = on_change
        self._settle = settle_seconds
        self._retry = retry_seconds
        """After a failed ingest (e.g. the database locked by another program), try again this
        soon even if nothing else changes, so the files that arrived meanwhile are not left out."""
        self._stop = asyncio.Event()
        self._changes: asyncio.Queue[set[tuple[watchfiles.Change, str]]] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        if self._tasks:
            return
        self._stop.clear()
        self._tasks = [
            asyncio.create_task(self._watch(), name="seed-watcher"),
            asyncio.create_task(self._consume(), name="seed-ingest"),
        ]

    async def stop(self) -> None:
        self._stop.set()
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _watch(self) -> None:
        """Feed settled change sets from watchfiles into the queue; restart after an error."""
        while not self._stop.is_set():
            if not self._dir.is_dir():
                log.warning("not watching %s: it is not a folder", self._dir)
                return
            try:
                async for changes in watchfiles.awatch(
                    self._dir,
                    watch_filter=_watch_filter,
                    stop_event=self._stop,
                    recursive=False,
                    step=50,
                ):
                    self._changes.put_nowait(changes)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("watching %s failed; watching again shortly", self._dir)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), _RESTART_PAUSE)

    async def _consume(self) -> None:
        # Let the watch task register its watch before catching up, so nothing falls between.
        for _ in range(3):
            await asyncio.sleep(0)
        succeeded = await self._run_on_change()
        while True:
            try:
                changes = await asyncio.wait_for(
                    self._changes.get(), None if succeeded else self._retry
                )
            except TimeoutError:
                changes = set()  # the last ingest failed: run it again
            while True:  # wait until the folder is quiet: files written, the burst over
                try:
                    changes |= await asyncio.wait_for(self._changes.get(), self._settle)
                except TimeoutError:
                    break
            log.debug("seeds changed: %s", sorted(path for _, path in changes))
            succeeded = await self._run_on_change()

    async def _run_on_change(self) -> bool:
        try:
            await self._on_change()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("ingesting the seeds folder failed; trying again in %.0f s", self._retry)
            return False
        return True
