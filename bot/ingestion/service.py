"""Ingestion as the bot runs it: the one entry point, and the live loop over the seeds folder.

``seed``, the console and ``run`` all call :func:`ingest_seeds`, which queues each new
article's news alerts in the transaction that stores it (:mod:`bot.alerts.queue`). While the
bot is connected, :class:`LiveIngestion` watches the folder and ingests what changes, then
tells its listeners (the knowledge cache, the alert delivery) that the knowledge changed.
"""

from __future__ import annotations

import asyncio
import collections
import logging
from collections.abc import Awaitable, Callable, Sequence

from bot.alerts.queue import enqueue_article_alerts
from bot.config import Settings
from bot.db.connection import Database
from bot.ingestion.pipeline import IngestReport, KeptLedger, Outcome, ingest_folder
from bot.ingestion.watcher import SeedWatcher

log = logging.getLogger(__name__)
_KEPT_REPORTS = 16

OnKnowledgeChanged = Callable[[], Awaitable[None]]


async def ingest_seeds(
    db: Database,
    settings: Settings,
    *,
    rebuild: bool = False,
    only: frozenset[str] | None = None,
    kept: KeptLedger | None = None,
) -> IngestReport:
    """Ingest the seeds folder, queueing alerts for new articles in the same transactions.

    ``only``: the files that changed, when known; ``kept``: the previous ingest's ledger (see
    :func:`.pipeline.ingest_folder`).
    """
    return await ingest_folder(
        db,
        settings.seeds_dir,
        rebuild=rebuild,
        max_bytes=settings.seed_max_bytes,
        on_new_article=enqueue_article_alerts,
        only=only,
        kept=kept,
    )


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
        """The latest ingest reports, for whoever waits on one (bounded: bots run for months)."""
        self._ingesting = asyncio.Lock()
        self._reported = asyncio.Event()
        self._kept = KeptLedger()
        """What each new file changes is worked out from the last ingest's names."""

    def start(self) -> None:
        if self._settings.seeds_dir.is_dir():
            self.watcher.start()
        else:
            log.warning(
                "the seeds folder %s does not exist: not watching it", self._settings.seeds_dir
            )

    async def stop(self) -> None:
        await self.watcher.stop()

    async def ingest(self, files: frozenset[str] | None = None) -> IngestReport:
        """Read what changed in the seeds folder; tell the listeners if the knowledge changed.

        ``files``: the names of the files that changed, when the watcher knows them.
        """
        async with self._ingesting:
            report = await ingest_seeds(self._db, self._settings, only=files, kept=self._kept)
        for result in report.results:
            if result.outcome is not Outcome.UNCHANGED:
                log.info(
                    "seeds: %s %s %s", result.file_name, result.outcome, "; ".join(result.notes)
                )
        if report.changed_anything:
            for listener in self._on_changed:
                await listener()
        self.reports.append(report)
        event, self._reported = self._reported, asyncio.Event()
        event.set()
        return report

    async def wait_for_ingest(self, predicate: Callable[[IngestReport], bool]) -> IngestReport:
        """The first ingest report (past or future) matching ``predicate``."""
        while True:
            event = self._reported
            for report in self.reports:
                if predicate(report):
                    return report
            await event.wait()
