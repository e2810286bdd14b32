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

from bot.ingestion.scan import is_seed_name

log = logging.getLogger(__name__)

DEFAULT_SETTLE_SECONDS = 0.3
_RESTART_PAUSE = 5.0

OnChange = Callable[[], Awaitable[object]]
OnFilesChanged = Callable[[frozenset[str] | None], Awaitable[object]]
"""Told the names of the files that were added or modified; ``None``: look at everything
(at start, after a deletion or a failed ingest, or when events may have been missed)."""


def is_article_path(path: str | Path) -> bool:
    """Whether a change to ``path`` may matter: a file ingestion would read (editors' swap and
    temporary files end otherwise, or start with a dot)."""
    return is_seed_name(Path(path).name)


def _watch_filter(change: watchfiles.Change, path: str) -> bool:
    return is_article_path(path)


class SeedWatcher:
    """Calls ``on_change`` once after each settled burst of changes to article files.

    ``on_change`` is also called once when watching starts, to catch anything that arrived
    between the start-up ingest and the watch. Given ``on_files_changed`` instead, the watcher
    calls that with the names of the files the burst added or modified (see
    :data:`OnFilesChanged`), so an ingest need not look at every file in the folder.
    """

    def __init__(
        self,
        seeds_dir: Path,
        on_change: OnChange | None = None,
        *,
        on_files_changed: OnFilesChanged | None = None,
        settle_seconds: float = DEFAULT_SETTLE_SECONDS,
        retry_seconds: float = _RESTART_PAUSE,
    ) -> None:
        if (on_change is None) == (on_files_changed is None):
            raise TypeError("give either on_change or on_files_changed")
        self._dir = seeds_dir
        self._on_change = on_change
        self._on_files_changed = on_files_changed
        self._settle = settle_seconds
        self._retry = retry_seconds
        """After a failed ingest (e.g. the database locked by another program), try again this
        soon even if nothing else changes, so the files that arrived meanwhile are not left out."""
        self._stop = asyncio.Event()
        self._changes: asyncio.Queue[set[tuple[watchfiles.Change, str]] | None] = asyncio.Queue()
        """Change sets from watchfiles; ``None`` when changes may have been missed."""
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
                self._changes.put_nowait(None)  # events may be lost: look at everything
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), _RESTART_PAUSE)

    async def _consume(self) -> None:
        # Let the watch task register its watch before catching up, so nothing falls between.
        for _ in range(3):
            await asyncio.sleep(0)
        succeeded = await self._run_on_change(None)
        while True:
            changes: set[tuple[watchfiles.Change, str]] | None
            try:
                changes = await asyncio.wait_for(
                    self._changes.get(), None if succeeded else self._retry
                )
            except TimeoutError:
                changes = None  # the last ingest failed: run it again, over everything
            if not succeeded:
                changes = None
            while True:  # wait until the folder is quiet: files written, the burst over
                try:
                    more = await asyncio.wait_for(self._changes.get(), self._settle)
                except TimeoutError:
                    break
                changes = None if changes is None or more is None else changes | more
            log.debug(
                "seeds changed: %s", "?" if changes is None else sorted(p for _, p in changes)
            )
            succeeded = await self._run_on_change(self._changed_files(changes))

    def _changed_files(
        self, changes: set[tuple[watchfiles.Change, str]] | None
    ) -> frozenset[str] | None:
        """The names of the added or modified files; ``None`` if any was deleted (or unknown)."""
        if changes is None or any(change is watchfiles.Change.deleted for change, _ in changes):
            return None
        paths = [Path(path) for _, path in changes]
        parents = {path.parent for path in paths}
        if parents and {parent.resolve() for parent in parents} != {self._dir.resolve()}:
            return None
        return frozenset(path.name for path in paths)

    async def _run_on_change(self, files: frozenset[str] | None) -> bool:
        try:
            if self._on_files_changed is not None:
                await self._on_files_changed(files)
            elif self._on_change is not None:
                await self._on_change()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("ingesting the seeds folder failed; trying again in %.0f s", self._retry)
            return False
        return True
