"""When the database cannot be written (disk full, locked by another program): say so once.

A background loop that retries every few seconds would otherwise log a traceback on every try.
:class:`StorageTrouble` logs one warning when a problem starts and one line when it ends, and
keeps the current problem for whoever reports it (``/alerts status``).
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from enum import StrEnum

from bot.db.connection import is_locked_error

log = logging.getLogger(__name__)


class StorageProblem(StrEnum):
    DISK_FULL = "disk full"
    LOCKED = "the database is locked by another program"


def storage_problem(error: BaseException) -> StorageProblem | None:
    """The known reason a write failed, or None for anything else (a bug: log it in full)."""
    if isinstance(error, sqlite3.OperationalError) and "disk is full" in str(error):
        return StorageProblem.DISK_FULL
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageProblem.DISK_FULL
    if is_locked_error(error):
        return StorageProblem.LOCKED
    return None


class StorageTrouble:
    """What keeps one background job from writing: ``job`` names it ("storing new articles"),
    ``blocked`` says what members miss meanwhile ("new articles cannot be stored")."""

    def __init__(self, job: str, blocked: str) -> None:
        self.job = job
        self.blocked = blocked
        self.problem: StorageProblem | None = None

    def failed(self, error: BaseException) -> bool:
        """Note a failure; True if it is a known storage problem (logged here, once)."""
        problem = storage_problem(error)
        if problem is None:
            return False
        if problem is not self.problem:
            log.warning("%s: %s; trying again until it works", self.blocked, problem)
            self.problem = problem
        return True

    def succeeded(self) -> None:
        """The job worked: the end of any problem is logged."""
        if self.problem is not None:
            log.info("%s works again (it failed: %s)", self.job, self.problem)
            self.problem = None

    def describe(self) -> str | None:
        """``"new articles cannot be stored: disk full"``, or None when all is well."""
        return f"{self.blocked}: {self.problem}" if self.problem is not None else None
