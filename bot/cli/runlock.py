"""One running bot per database: ``run`` holds an exclusive lock on a file beside it.

The lock is the operating system's (``flock``), so it goes with the process however that ends,
even ``kill -9``; the file keeps the holder's process id, for the message a second ``run``
prints. ``seed``, ``backup``, ``export`` and the console take no such lock: SQLite's own
locking keeps them safe beside a running bot.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_SUFFIX = ".lock"
_HOLDER_WIDTH = 20
"""Characters the holder's process id is padded to: more than any process id has."""


class AlreadyRunning(RuntimeError):
    """Another bot runs on this database; the message names its process."""


def lock_file_of(database: Path) -> Path:
    """``data/bot.db`` -> ``data/bot.db.lock``."""
    return database.with_name(database.name + LOCK_SUFFIX)


@contextmanager
def run_lock(database: Path) -> Iterator[None]:
    """Hold the database's run lock for the block; raises :class:`AlreadyRunning` at once
    (never waits) when another process holds it."""
    path = lock_file_of(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise AlreadyRunning(
                f"another bot is already running on {database} (process {holder}); "
                "run one bot per database: stop that one first"
            ) from None
        # Written over the last holder's id, padded, not truncated first: emptying a file that
        # holds data makes ext4 flush it at close (auto_da_alloc), milliseconds at each start.
        os.pwrite(fd, f"{os.getpid():<{_HOLDER_WIDTH}}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # the lock goes with the descriptor
