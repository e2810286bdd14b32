"""Which seed files a program is still writing: written to, and not yet closed after writing.

Linux tells (inotify's ``IN_MODIFY`` and ``IN_CLOSE_WRITE``), so a writer that pauses longer
than the settle time, its file still open, is waited for. Where inotify is missing (another
system), :attr:`OpenWriters.available` is False and the watcher relies on the file's size and
modification time staying the same over the settle time alone.

asyncinotify is imported when following starts (once the bot is connected), in a thread: to
find the C library it binds to, it runs ``ldconfig -p`` as a child process
(``ctypes.util.find_library``), milliseconds to tens of milliseconds of the bot's start-up on
a busy machine, for a watch that only starts after Discord's READY.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from bot.ingestion.scan import is_seed_name

log = logging.getLogger(__name__)

MAX_OPEN_SECONDS = 600.0
"""A file still open for writing after this long (a writer that hung) is read all the same."""
_REWATCH_PAUSE = 1.0


class OpenWriters:
    """The article files of one folder written to since they were last closed after writing.

    :meth:`run` follows the folder (and a folder that replaces it) until cancelled.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._writing: dict[str, float] = {}
        """File name -> when it was last written to (monotonic seconds), until closed."""
        self.available = False
        """Whether inotify follows the folder now (False before :meth:`run`, or without it)."""
        self.settled = asyncio.Event()
        """Set once following has begun, or is known to be impossible (no inotify, an
        unwatchable folder): from then on :meth:`still_writing` knows what it can know."""

    def still_writing(self, names: Iterable[str] | None) -> list[str]:
        """Of ``names`` (None: any file), those a program has open after writing to them."""
        limit = time.monotonic() - MAX_OPEN_SECONDS
        open_now = {name for name, when in self._writing.items() if when > limit}
        return sorted(open_now if names is None else open_now.intersection(names))

    async def run(self) -> None:
        """Follow the folder's writes until cancelled; does nothing without inotify."""
        inotify = await asyncio.to_thread(_load_inotify)
        if inotify is None:
            self.settled.set()
            return
        self.available = True
        while True:
            try:
                await self._follow(inotify)
            except OSError as error:  # gone (watched again once back), or not watchable
                if self._folder.is_dir():
                    log.warning("cannot follow writes in %s: %s", self._folder, error)
                    self.available = False
                    self.settled.set()
                    return
            self._writing.clear()
            await asyncio.sleep(_REWATCH_PAUSE)  # then the folder there now, if any

    async def _follow(self, asyncinotify: ModuleType) -> None:
        mask = asyncinotify.Mask
        with asyncinotify.Inotify() as inotify:
            inotify.add_watch(
                self._folder,
                mask.MODIFY
                | mask.CLOSE_WRITE
                | mask.DELETE
                | mask.MOVED_FROM
                | mask.DELETE_SELF
                | mask.MOVE_SELF,
            )
            self.settled.set()
            async for event in inotify:
                if event.mask & (mask.DELETE_SELF | mask.MOVE_SELF | mask.IGNORED):
                    return  # the folder went: follow whatever is there next
                name = event.name.name if event.name is not None else ""
                if not is_seed_name(name):
                    continue
                if event.mask & mask.MODIFY:
                    self._writing[name] = time.monotonic()
                else:  # closed after writing, deleted or moved away
                    self._writing.pop(name, None)


def _load_inotify() -> ModuleType | None:
    """asyncinotify (blocking: see the module docstring); None where there is no inotify."""
    try:
        import asyncinotify  # noqa: PLC0415
    except (ImportError, OSError):  # not Linux: no inotify
        return None
    return asyncinotify
