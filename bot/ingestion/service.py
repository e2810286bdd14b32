"""Ingestion as the bot runs it: the one entry point, and the live loop over the seeds folder.

``seed``, the console and the running bot all call :func:`ingest_seeds`, which queues each
new article's news alerts in the transaction that stores it (:mod:`bot.alerts.queue`), held
until the ingest ends so that a burst becomes one digest per route, except for the articles a
feed's first check took as its history (:mod:`bot.feeds`). Once the bot is connected,
:class:`LiveIngestion` reads the whole folder (the catch-up with what arrived while the bot was
down: a catch-up digest), then watches it and ingests what changes, and tells its listeners
(the knowledge cache, the alert delivery) that the knowledge changed; it tells them too when
another program (a ``seed`` beside the bot) changed the database.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import sqlite3
from collections.abc import Awaitable, Callable, Sequence

from bot.alerts.queue import IngestAlerts
from bot.config import Settings
from bot.db.connection import Database
from bot.db.feeds import taken_as_history
from bot.db.snapshot import KnowledgeChange
from bot.facts import Article, ArticleFacts
from bot.ingestion.pipeline import KeptLedger, ingest_folder
from bot.ingestion.report import IngestReport, Outcome
from bot.ingestion.watcher import SeedWatcher
from bot.malloc import release_freed_memory

log = logging.getLogger(__name__)
_KEPT_REPORTS = 16
OTHER_PROGRAMS_POLL_SECONDS = 1.0
"""How often the database's change counter is read, to notice what other programs committed
(articles and alerts from a ``seed`` run beside the bot)."""

OnKnowledgeChanged = Callable[[], Awaitable[None]]


async def ingest_seeds(
    db: Database,
    settings: Settings,
    *,
    rebuild: bool = False,
    only: frozenset[str] | None = None,
    while_away: bool = False,
    kept: KeptLedger | None = None,
) -> IngestReport:
    """Ingest the seeds folder, queueing alerts for new articles in the same transactions.

    ``only``: the files that changed, when known; ``kept``: the previous ingest's ledger (see
    :func:`.pipeline.ingest_folder`). ``while_away``: the bot's start-up ingest, whose many
    alerts make a catch-up digest.
    """
    alerts = IngestAlerts(while_away=while_away)

    def alert_news(  # noqa: PLR0917 - the hook's signature
        writer: sqlite3.Connection,
        file_name: str,
        content_hash: str,
        article: Article,
        facts: ArticleFacts,
        change: KnowledgeChange,
    ) -> None:
        """Queue a new article's alerts (a :data:`~bot.ingestion.pipeline.NewArticleHook`),
        unless a feed's first check took it as the feed's history: that is not news."""
        if not taken_as_history(writer, file_name):
            alerts(writer, file_name, content_hash, article, facts, change)

    try:
        return await ingest_folder(
            db,
            settings.seeds_dir,
            rebuild=rebuild,
            max_bytes=settings.seed_max_bytes,
            on_new_article=alert_news,
            only=only,
            kept=kept,
        )
    finally:
        await alerts.release(db)


class LiveIngestion:
    """Watches the seeds folder while the bot runs; after each ingest that changed the
    knowledge, awaits every ``on_changed`` listener in order."""

    def __init__(
        self, db: Database, settings: Settings, on_changed: Sequence[OnKnowledgeChanged]
    ) -> None:
        self._db = db
        self._settings = settings
        self._on_changed = tuple(on_changed)
        self.watcher = SeedWatcher(
            settings.seeds_dir,
            on_files_changed=self.ingest,
            settle_seconds=settings.seeds_settle_seconds,
            # A failed ingest is most likely another program's lock: try again after as long.
            retry_seconds=max(settings.db_busy_timeout_ms / 1000, settings.seeds_settle_seconds),
        )
        self.reports: collections.deque[IngestReport] = collections.deque(maxlen=_KEPT_REPORTS)
        """The latest ingest reports, for whoever waits on one (bounded: bots run for months),
        each with the files that did not change left out."""
        self._ingesting = asyncio.Lock()
        self._reported = asyncio.Event()
        self._polling: asyncio.Task[None] | None = None
        self._kept = KeptLedger()
        """What each new file changes is worked out from the last ingest's names."""
        self.caught_up = asyncio.Event()
        """Set once a pass over the whole folder has succeeded: the first one is the catch-up
        with what arrived while the bot was down (said in the log, with how long it took)."""
        self.catch_up_seconds: float | None = None
        """From :meth:`start` to the end of the catch-up, once it has ended."""
        self._started_at: float | None = None

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = asyncio.get_running_loop().time()
        self.watcher.start()
        if self._polling is None:
            self._polling = asyncio.create_task(self._notice_other_programs(), name="db-changes")

    async def stop(self) -> None:
        polling, self._polling = self._polling, None
        if polling is not None:
            polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await polling
        await self.watcher.stop()

    async def _notice_other_programs(self) -> None:
        """Tell the listeners when the database changed under the bot (another program
        committed); the bot's own ingests are noticed too, which costs one more wake-up."""
        seen: int | None = None
        while True:
            try:
                version = await self._db.data_version()
            except Exception as error:  # a locked or failing database: look again later
                log.debug("could not read the database's change counter: %s", error)
            else:
                if seen is not None and version != seen:
                    await self._tell_listeners()
                seen = version
            await asyncio.sleep(OTHER_PROGRAMS_POLL_SECONDS)

    async def _tell_listeners(self) -> None:
        for listener in self._on_changed:
            try:
                await listener()
            except Exception:
                log.exception("a listener of knowledge changes failed")

    async def ingest(self, files: frozenset[str] | None = None) -> IngestReport:
        """Read what changed in the seeds folder; tell the listeners if the knowledge changed.

        ``files``: the names of the files that changed, when the watcher knows them.
        """
        async with self._ingesting:
            catch_up = files is None and not self.caught_up.is_set()
            report = await ingest_seeds(
                self._db, self._settings, only=files, kept=self._kept, while_away=catch_up
            )
        changed = [result for result in report.results if result.outcome is not Outcome.UNCHANGED]
        for result in changed:
            log.info("seeds: %s %s %s", result.file_name, result.outcome, "; ".join(result.notes))
        if catch_up:
            totals = report.totals()
            counts = ", ".join(f"{totals.get(outcome, 0)} {outcome}" for outcome in Outcome)
            log.info("seeds: %d files read at start: %s", report.files, counts)
            await asyncio.to_thread(release_freed_memory)  # what the pass freed, handed back
        if report.changed_anything:
            await self._tell_listeners()
        # Kept without the files that did not change: a catch-up over 100,000 files would
        # otherwise hold an entry for each for as long as the bot runs.
        self.reports.append(IngestReport(changed))
        event, self._reported = self._reported, asyncio.Event()
        event.set()
        if catch_up:
            self._caught_up_now(report.files)
        return report

    def _caught_up_now(self, files: int) -> None:
        started = self._started_at
        if started is not None:
            self.catch_up_seconds = asyncio.get_running_loop().time() - started
        took = f" in {self.catch_up_seconds:.3f} s" if self.catch_up_seconds is not None else ""
        log.info("seeds: caught up with %d files%s", files, took)
        self.caught_up.set()

    async def wait_for_ingest(self, predicate: Callable[[IngestReport], bool]) -> IngestReport:
        """The first ingest report (past or future) matching ``predicate``."""
        while True:
            event = self._reported
            for report in self.reports:
                if predicate(report):
                    return report
            await event.wait()
