"""The seeds folder's events from Linux's inotify: which article files were added, changed or
removed, and which a program is still writing (written to, not yet closed after writing).

One watch serves both: the changes start a settled batch, and ``IN_MODIFY`` and
``IN_CLOSE_WRITE`` tell a writer that pauses longer than the settle time, its file still open,
to be waited for. Where inotify is missing (another system), :func:`load_inotify` gives None:
the watcher then polls the folder and relies on the files' size and modification time
staying the same over the settle time alone.

asyncinotify is imported when watching starts (once the bot is connected), in a thread: to
find the C library it binds to, it runs ``ldconfig -p`` as a child process
(``ctypes.util.find_library``), milliseconds to tens of milliseconds of the bot's start-up on
a busy machine, for a watch that only starts after Discord's READY.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

from bot.ingestion.scan import is_seed_name

MAX_OPEN_SECONDS = 600.0
"""A file still open for writing after this long (a writer that hung) is read all the same."""

OnChanges = Callable[[frozenset[str] | None], object]
"""Told the names of article files added or modified; ``None`` when one was removed (look at
everything)."""


class OpenWriters:
    """The article files of one folder written to since they were last closed after writing,
    learnt from the events :meth:`follow` reads."""

    def __init__(self) -> None:
        self._writing: dict[str, float] = {}
        """File name -> when it was last written to (monotonic seconds), until closed."""

    def still_writing(self, names: Iterable[str] | None) -> list[str]:
        """Of ``names`` (None: any file), those a program has open after writing to them."""
        limit = time.monotonic() - MAX_OPEN_SECONDS
        open_now = {name for name, when in self._writing.items() if when > limit}
        return sorted(open_now if names is None else open_now.intersection(names))

    async def follow(
        self,
        asyncinotify: ModuleType,
        folder: Path,
        on_watching: Callable[[], object],
        on_changes: OnChanges,
    ) -> None:
        """Watch ``folder`` until it is removed or moved away (``OSError`` if it cannot be
        watched); ``on_watching`` once the watch is in place, ``on_changes`` per event."""
        mask = asyncinotify.Mask
        self._writing.clear()
        with asyncinotify.Inotify() as inotify:
            inotify.add_watch(
                folder,
                mask.CREATE
                | mask.MOVED_TO
                | mask.MODIFY
                | mask.ATTRIB
                | mask.CLOSE_WRITE
                | mask.DELETE
                | mask.MOVED_FROM
                | mask.DELETE_SELF
                | mask.MOVE_SELF,
            )
            on_watching()
            async for event in inotify:
                if event.mask & (mask.DELETE_SELF | mask.MOVE_SELF | mask.IGNORED):
                    return  # the folder went: the watcher watches whatever is there next
                if event.mask & mask.Q_OVERFLOW:  # events were dropped: look at everything
                    on_changes(None)
                    continue
                name = event.name.name if event.name is not None else ""
                if not is_seed_name(name):
                    continue
                if event.mask & mask.MODIFY:
                    self._writing[name] = time.monotonic()
                elif event.mask & (mask.CLOSE_WRITE | mask.DELETE | mask.MOVED_FROM):
                    self._writing.pop(name, None)
                if event.mask & (mask.DELETE | mask.MOVED_FROM):
                    on_changes(None)
                elif not event.mask & mask.CLOSE_WRITE:  # its writing was the change
                    on_changes(frozenset((name,)))


def load_inotify() -> ModuleType | None:
    """asyncinotify (blocking: see the module docstring); None where there is no inotify."""
    try:
        import asyncinotify  # noqa: PLC0415
    except (ImportError, OSError):  # not Linux: no inotify
        return None
    return asyncinotify
