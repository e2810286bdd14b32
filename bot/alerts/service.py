"""News alerts while the bot runs: watch ``seeds/``, ingest, deliver, keep premiere events.

Started by the bot once it has logged in to Discord and stopped when it closes; the offline
console never starts it.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import datetime as dt
import logging
from collections.abc import Callable

import discord

from bot.alerts.delivery import AlertDelivery
from bot.alerts.events import sync_premiere_events
from bot.alerts.outbox import enqueue_article_alerts
from bot.config import Settings
from bot.db.connection import Database
from bot.ingestion.pipeline import IngestReport, Outcome, ingest_folder
from bot.ingestion.watcher import SeedWatcher
from bot.knowledge import Knowledge

log = logging.getLogger(__name__)
_KEPT_REPORTS = 16


async def ingest_with_alerts(
    db: Database,
    settings: Settings,
    *,
    rebuild: bool = False,
    only: frozenset[str] | None = None,
) -> IngestReport:
    """Ingest the seeds folder, queueing alerts for new articles in the same transactions.

    ``only``: the files that changed, when known (see :func:`bot.ingestion.pipeline.ingest_folder`).
    """
    return await ingest_folder(
        db,
        settings.seeds_dir,
        rebuild=rebuild,
        max_bytes=settings.seed_max_bytes,
        on_new_article=enqueue_article_alerts,
        only=only,
    )


class NewsAlerts:
    """The watcher, the delivery worker and premiere events, for one running bot."""

    def __init__(
        self, client: discord.Client, db: Database, settings: Settings, knowledge: Knowledge
    ) -> None:
        self._client = client
        self._db = db
        self._settings = settings
        self._knowledge = knowledge
        self.delivery = AlertDelivery(client, db, retry_delays=settings.alert_retry_delays)
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
        self._events_task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.delivery.start()
        if self._settings.seeds_dir.is_dir():
            self.watcher.start()
        else:
            log.warning(
                "the seeds folder %s does not exist: not watching it", self._settings.seeds_dir
            )
        self._events_task = asyncio.create_task(self._events_when_ready(), name="premiere-events")

    async def stop(self) -> None:
        await self.watcher.stop()
        if self._events_task is not None:
            self._events_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._events_task
        await self.delivery.stop()

    async def ingest(self, files: frozenset[str] | None = None) -> IngestReport:
        """Read what changed in the seeds folder; alert, refresh caches and events if needed.

        ``files``: the names of the files that changed, when the watcher knows them.
        """
        async with self._ingesting:
            report = await ingest_with_alerts(self._db, self._settings, only=files)
        for result in report.results:
            if result.outcome is not Outcome.UNCHANGED:
                log.info(
                    "seeds: %s %s %s", result.file_name, result.outcome, "; ".join(result.notes)
                )
        if report.changed_anything:
            self._knowledge.invalidate()
            self.delivery.wake()
            await self.sync_events()
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

    async def sync_events(self, *, only_guild: int | None = None) -> None:
        """Create, move or delete the premiere event in servers with events on."""
        if not self._client.is_ready():
            return  # done once ready
        try:
            info = await self._knowledge.release_info()
        except Exception:
            log.exception("could not read the premiere date for scheduled events")
            return
        premiere = None
        location = ""
        if info.premiere is not None and not info.premiere.hedged:
            premiere = dt.date.fromisoformat(info.premiere.value)
            location = f"Announced in: {info.premiere.source.title}"
        name = f"{info.title.value}: premiere" if info.title else "Premiere"
        await sync_premiere_events(
            self._client, self._db, premiere, name, location, only_guild=only_guild
        )

    async def _events_when_ready(self) -> None:
        await self._client.wait_until_ready()
        await self.sync_events()
