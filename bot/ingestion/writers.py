"""Which seed files a program is still writing: written to, and not yet closed after writing.

Linux tells (inotify's ``IN_MODIFY`` and ``IN_CLOSE_WRITE``), so a writer that pauses longer
than the settle time, its file still open, is waited for. Where inotify is missing (another
system), :attr:`OpenWriters.available` is False and the watcher relies on the file's size and
modification time staying the same over the settle time alone.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from pathlib import Path

from bot.ingestion.scan import is_seed_name

try:
    import asyncinotify
except (ImportError, OSError):  # not Linux: no inotify
    asyncinotify = None  # type: ignore[assignment]

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
        self.available = asyncinotify is not None

    def still_writing(self, names: Iterable[str] | None) -> list[str]:
        """Of ``names`` (None: any file), those a program has open after writing to them."""
        limit = time.monotonic() - MAX_OPEN_SECONDS
        open_now = {name for name, when in self._writing.items() if when > limit}
        return sorted(open_now if names is None else open_now.intersection(names))

    async def run(self) -> None:
        """Follow the folder's writes until cancelled; does nothing without inotify."""
        if asyncinotify is None:
            return
        while True:
            try:
                await self._follow()
            except OSError as error:  # gone (watched again once back), or not watchable
                if self._folder.is_dir():
                    log.warning("cannot follow writes in %s: %s", self._folder, error)
                    self.available = False
                    return
            self._writing.clear()
            await asyncio.sleep(_REWATCH_PAUSE)  # then the folder there now, if any

    async def _follow(self) -> None:
        assert asyncinotify is not None
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
