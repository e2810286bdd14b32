"""Watch the seeds folder with filesystem events and ingest what changes, in settled batches.

The watcher ignores hidden files, temporary and editor swap files and anything that is not a
``.txt`` article (the same rule as ingestion). After a change it waits until the folder has
been quiet for a settle period, the size and modification time of every changed file have
stayed the same over it, and (where the system tells, :mod:`.writers`) no program still has one
open after writing to it: a file still being written is read only once complete, even if its
writer pauses, and a burst of files becomes one batch. It notices its folder disappearing or
being replaced (a deploy script's ``rm -rf seeds && mkdir seeds``): it says so, watches the new
folder and reads it again. Watching runs in a thread of its own (watchfiles' blocking
``watch``); nothing here blocks the event loop.

watchfiles is imported by that thread, not with the bot: it brings anyio and multiprocessing
(about 7 ms and 20 modules), which the bot's start-up, before Discord's READY, does not need.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import stat
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bot.db.health import StorageTrouble
from bot.ingestion.scan import is_seed_name
from bot.ingestion.stamps import recently_written, stamps_fingerprint
from bot.ingestion.writers import OpenWriters

if TYPE_CHECKING:
    import watchfiles

log = logging.getLogger(__name__)

DEFAULT_SETTLE_SECONDS = 0.3
_RESTART_PAUSE = 5.0
FOLDER_CHECK_SECONDS = 1.0
"""How often the watched folder is checked to still be the same folder."""
CLOCK_MARGIN_SECONDS = 1.0
"""Files' times come from a coarser clock than the system's (and some file systems keep them
to the second or two): a file is taken for written lately this much longer."""

OnChange = Callable[[], Awaitable[object]]
OnFilesChanged = Callable[[frozenset[str] | None], Awaitable[object]]
"""Told the names of the files that were added or modified; ``None``: look at everything
(at start, after a deletion or a failed ingest, or when events may have been missed)."""


def is_article_path(path: str | Path) -> bool:
    """Whether a change to ``path`` may matter: a file ingestion would read (editors' swap and
    temporary files end otherwise, or start with a dot)."""
    return is_seed_name(Path(path).name)


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
        self._halt = threading.Event()
        """:attr:`_stop` for the watching thread (which cannot wait on an asyncio event)."""
        self._changes: asyncio.Queue[set[tuple[watchfiles.Change, str]] | None] = asyncio.Queue()
        """Change sets from watchfiles; ``None`` when changes may have been missed."""
        self._watching = asyncio.Event()
        """Set once the watch is in place (see :class:`_AskedOnceWatching`): the catch-up at
        start waits for it, so a file dropped while the watch was being set up is not missed."""
        self._tasks: list[asyncio.Task[None]] = []
        self._watched: tuple[int, int] | None = None
        """The identity (device, inode) of the folder watched last."""
        self._replaced = False
        """The watched folder itself was removed: what is there now is another folder."""
        self._writers = OpenWriters(seeds_dir)
        self.trouble = StorageTrouble("storing new articles", "new articles cannot be stored")
        """A full disk or another program's lock keeping ingests from storing anything."""

    def start(self) -> None:
        if self._tasks:
            return
        self._stop.clear()
        self._halt.clear()
        self._watching.clear()
        self._tasks = [
            asyncio.create_task(self._watch(), name="seed-watcher"),
            asyncio.create_task(self._consume(), name="seed-ingest"),
            asyncio.create_task(self._writers.run(), name="seed-writers"),
        ]

    async def wait_watching(self) -> None:
        """Until the folder is watched and its writers followed (or known unfollowable): a
        file dropped or written from then on is seen."""
        await self._watching.wait()
        await self._writers.settled.wait()

    async def stop(self) -> None:
        self._stop.set()
        self._halt.set()
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _watch(self) -> None:
        """Feed change sets from watchfiles into the queue; follow the folder if it is replaced,
        wait for it if it is gone, restart after an error."""
        while not self._stop.is_set():
            identity = await self._folder_to_watch()
            if identity is None:
                return  # stopped while waiting for the folder
            try:
                await asyncio.to_thread(self._watch_folder, identity, asyncio.get_running_loop())
            except asyncio.CancelledError:
                self._halt.set()  # the thread stops too: nothing waits for it at exit
                raise
            except Exception:
                if folder_identity(self._dir) == identity:
                    log.exception("watching %s failed; watching again shortly", self._dir)
                    self._changes.put_nowait(None)  # events may be lost: look at everything
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._stop.wait(), _RESTART_PAUSE)

    def _watch_folder(self, identity: tuple[int, int], loop: asyncio.AbstractEventLoop) -> None:
        """Put the folder's change sets on the queue until it is replaced or watching stops
        (blocking: runs in a thread). watchfiles' blocking ``watch``, not ``awatch``: that one
        would import anyio and keep a worker thread of its own, for the same waiting."""
        import watchfiles  # noqa: PLC0415 - here, in the watching thread (the module docstring)

        for changes in watchfiles.watch(
            self._dir,
            watch_filter=self._matters,
            stop_event=_AskedOnceWatching(
                self._halt, lambda: loop.call_soon_threadsafe(self._watching.set)
            ),
            recursive=False,
            step=50,
            rust_timeout=int(FOLDER_CHECK_SECONDS * 1000),
            yield_on_timeout=True,
            raise_interrupt=False,
        ):
            # The folder itself removed (a new one may have its inode number), or another
            # folder there now: watch again, whatever is there now.
            self._replaced = any(self._is_folder(path) for _, path in changes)
            if self._replaced or folder_identity(self._dir) != identity:
                return
            if changes and not self._halt.is_set():
                loop.call_soon_threadsafe(self._changes.put_nowait, changes)

    async def _folder_to_watch(self) -> tuple[int, int] | None:
        """The folder's identity once it exists (None if stopped first). A folder that is gone,
        or not the one watched before, is said so in the log and read again in full."""
        identity = folder_identity(self._dir)
        if identity is None:
            log.warning("the seeds folder %s is not there: waiting for it", self._dir)
        while identity is None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), FOLDER_CHECK_SECONDS)
            if self._stop.is_set():
                return None
            identity = folder_identity(self._dir)
        if self._watched is not None and (identity != self._watched or self._replaced):
            log.warning(
                "the seeds folder %s was replaced: watching the new one and reading it again",
                self._dir,
            )
            self._changes.put_nowait(None)
        self._watched, self._replaced = identity, False
        return identity

    def _is_folder(self, path: str) -> bool:
        return os.path.abspath(path) == os.path.abspath(self._dir)

    def _matters(self, change: watchfiles.Change, path: str) -> bool:
        """A change to an article file, or to the watched folder itself."""
        return is_article_path(path) or self._is_folder(path)

    async def _consume(self) -> None:
        # Catch up once the watch is in place, so nothing falls between (a watch that cannot be
        # set up, a missing folder or an error, delays it no longer than this), and once the
        # folder is quiet: a file still being written is read complete, as after any change.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.wait_watching(), 2 * FOLDER_CHECK_SECONDS)
        await self._settled_at_start()
        succeeded = await self._run_on_change(None)
        log.info("watching %s for new articles", self._dir)
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
            changes = await self._settled(changes)
            log.debug(
                "seeds changed: %s", "?" if changes is None else sorted(p for _, p in changes)
            )
            succeeded = await self._run_on_change(self._changed_files(changes))

    async def _settled(
        self, changes: set[tuple[watchfiles.Change, str]] | None
    ) -> set[tuple[watchfiles.Change, str]] | None:
        """Wait until the folder is quiet (files written, the burst over) and the changed files
        kept their size and modification time over the settle time; all the changes by then."""
        seen = await self._fingerprint(self._changed_files(changes))
        while True:
            try:
                more = await asyncio.wait_for(self._changes.get(), self._settle)
            except TimeoutError:
                names = self._changed_files(changes)
                now = await self._fingerprint(names)
                if now == seen and not self._writers.still_writing(names):
                    return changes
                seen = now  # still written to, or still open for writing: one more settle time
                continue
            changes = None if changes is None or more is None else changes | more
            seen = await self._fingerprint(self._changed_files(changes))

    async def _settled_at_start(self) -> None:
        """:meth:`_settled` for the catch-up, without two passes over every file: one pass
        finds the files written lately (within the settle time, and a margin for coarse file
        clocks); only those, and those named by changes since, are watched over the settle
        time. None written lately and none open for writing: the folder is quiet already."""
        names = await recently_written(self._dir, self._settle + CLOCK_MARGIN_SECONDS)
        if not names and not self._writers.still_writing(None):
            return
        seen = await self._fingerprint(names)
        while True:
            try:
                more = await asyncio.wait_for(self._changes.get(), self._settle)
            except TimeoutError:
                now = await self._fingerprint(names)
                if now == seen and not self._writers.still_writing(None):
                    return
                seen = now
                continue
            if more is None:  # changes may have been missed: what was written lately, again
                names = await recently_written(self._dir, self._settle + CLOCK_MARGIN_SECONDS)
            else:
                names |= {Path(path).name for _, path in more}
            seen = await self._fingerprint(names)

    async def _fingerprint(self, names: frozenset[str] | set[str] | None) -> tuple[int, int]:
        """The named files' stamps fingerprint (every file's: ``None``), made in a thread."""
        return await asyncio.to_thread(stamps_fingerprint, self._dir, names)

    def _changed_files(
        self, changes: set[tuple[watchfiles.Change, str]] | None
    ) -> frozenset[str] | None:
        """The names of the added or modified files; ``None`` if any was deleted (or unknown)."""
        if changes is None:
            return None
        from watchfiles import Change  # noqa: PLC0415 - the watching thread imported it

        if any(change is Change.deleted for change, _ in changes):
            return None
        paths = [Path(path) for _, path in changes]
        parents = {path.parent for path in paths}
        if parents and {parent.resolve() for parent in parents} != {self._dir.resolve()}:
            return None
        return frozenset(path.name for path in paths)

    async def _run_on_change(self, files: frozenset[str] | None) -> bool:
        if folder_identity(self._dir) is None:
            return True  # gone: read again in full when it is back (see _folder_to_watch)
        try:
            if self._on_files_changed is not None:
                await self._on_files_changed(files)
            elif self._on_change is not None:
                await self._on_change()
        except asyncio.CancelledError:
            raise
        except Exception as error:
            if not self.trouble.failed(error):  # a known problem is logged once, there
                log.exception(
                    "ingesting the seeds folder failed; trying again in %.0f s", self._retry
                )
            return False
        self.trouble.succeeded()
        return True


class _AskedOnceWatching:
    """The watch's stop event, which also tells when the watch is in place.

    watchfiles asks its stop event whether to stop at every step of a wait (every ``step``
    milliseconds), and only once the watch is set up: the first question means the folder is
    watched. Its first wake-up otherwise comes only after a whole ``rust_timeout``, which
    would hold the catch-up at start back for as long.
    """

    def __init__(self, halt: threading.Event, on_watching: Callable[[], object]) -> None:
        self._halt = halt
        self._on_watching: Callable[[], object] | None = on_watching

    def is_set(self) -> bool:
        if self._on_watching is not None:
            on_watching, self._on_watching = self._on_watching, None
            with contextlib.suppress(RuntimeError):  # the loop closed: nobody is waiting
                on_watching()
        return self._halt.is_set()


def folder_identity(folder: Path) -> tuple[int, int] | None:
    """The folder's (device, inode): it changes when the folder is replaced; None when there
    is no folder there."""
    try:
        info = folder.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISDIR(info.st_mode) else None
