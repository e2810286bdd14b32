"""The feed poller: while the bot runs, each followed feed is checked when it is due.

One task, one feed at a time (polite to the sites, light on the bot). It sleeps until the next
feed is due, at most :data:`IDLE_SECONDS` (so feeds added from the command line beside the
running bot are noticed within a minute); ``/news follow`` wakes it at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time

from bot.db.connection import Database
from bot.db.feeds import due_feeds, next_check_at, record_failure
from bot.feeds.checking import FeedCheck, FeedChecker, Outcome

log = logging.getLogger(__name__)

IDLE_SECONDS = 60.0
"""The longest sleep between two looks at the feeds table."""
RETRY_SECONDS = 60.0
"""After the database failed (say, locked by a backup), the wait before trying again."""
CHECK_FAILED = "The bot failed to check this feed; the details are in its log."


class FeedPoller:
    """Checks due feeds in the background; ``start`` once, ``stop`` on shutdown."""

    def __init__(self, db: Database, checker: FeedChecker) -> None:
        self._db = db
        self._checker = checker
        self._woken = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = self._task or asyncio.create_task(self._run(), name="feed-poller")

    async def stop(self) -> None:
        """Cancel the task and wait for it to end. A check under way is abandoned (what it did
        not record is done again at the next start), except an entry being taken, which is
        finished: its claim and its file go together."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        await self._checker.settle()

    def wake(self) -> None:
        """Look at the feeds now (one was followed, or its interval changed)."""
        self._woken.set()

    async def check_due(self) -> list[FeedCheck]:
        """Check every feed that is due now, one after the other."""
        checks = []
        for feed in await due_feeds(self._db, time.time()):
            try:
                check = await self._checker.check(feed)
            except Exception:
                # A bug must cost one feed's check, not every feed's: it waits its interval.
                log.exception("checking the feed %s failed", feed.url)
                await record_failure(
                    self._db,
                    feed.id,
                    CHECK_FAILED,
                    checked_at=dt.datetime.now(dt.UTC),
                    next_at=time.time() + feed.every_minutes * 60,
                )
                continue
            _log_check(check)
            checks.append(check)
        return checks

    async def _run(self) -> None:
        while True:
            self._woken.clear()
            try:
                await self.check_due()
                upcoming = await next_check_at(self._db)
            except Exception:
                log.exception("the feed poller could not read its feeds; trying again soon")
                delay = RETRY_SECONDS
            else:
                delay = IDLE_SECONDS
                if upcoming is not None:
                    delay = min(max(upcoming - time.time(), 0.0), IDLE_SECONDS)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await self._woken.wait()


def _log_check(check: FeedCheck) -> None:
    if check.error is not None:
        paused = " (paused: failing for a day)" if check.paused else ""
        log.warning("feed %s: %s%s", check.url, check.error, paused)
        return
    for entry in check.entries:
        level = logging.WARNING if entry.outcome is Outcome.FAILED else logging.INFO
        log.log(
            level,
            "feed %s: %s %s %s",
            check.url,
            entry.outcome,
            entry.file_name or entry.title,
            entry.note,
        )
