"""News alerts while the bot runs: the delivery worker and the premiere's scheduled events.

Started by the bot at Discord's READY (``FanBot.on_connect``) and stopped when it closes;
told by live ingestion (:class:`bot.ingestion.service.LiveIngestion`) when the knowledge
changed. The offline console never starts it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import discord

from bot.alerts.delivery import AlertDelivery
from bot.alerts.events import known_premiere, sync_premiere_events
from bot.config import Settings
from bot.db.connection import Database
from bot.knowledge import Knowledge

log = logging.getLogger(__name__)


class NewsAlerts:
    """The delivery worker and premiere events, for one running bot."""

    def __init__(
        self, client: discord.Client, db: Database, settings: Settings, knowledge: Knowledge
    ) -> None:
        self._client = client
        self._db = db
        self._knowledge = knowledge
        self.delivery = AlertDelivery(client, db, retry_delays=settings.alert_retry_delays)
        self._events_task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.delivery.start()
        self._events_task = asyncio.create_task(self._events_when_ready(), name="premiere-events")

    async def stop(self) -> None:
        if self._events_task is not None:
            self._events_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._events_task
        await self.delivery.stop()

    async def knowledge_changed(self) -> None:
        """New alerts may be queued and the premiere date may have moved."""
        self.delivery.wake()
        await self.sync_events()

    async def sync_events(self, *, only_guild: int | None = None) -> None:
        """Create, move or delete the premiere event in servers with events on."""
        if not self._client.is_ready():
            return  # done once ready
        try:
            info = await self._knowledge.release_info()
        except Exception:
            log.exception("could not read the premiere date for scheduled events")
            return
        premiere = known_premiere(info)
        location = ""
        if premiere is not None and info.premiere is not None:
            location = f"Announced in: {info.premiere.source.title}"
        name = f"{info.title.value}: premiere" if info.title else "Premiere"
        await sync_premiere_events(
            self._client, self._db, premiere, name, location, only_guild=only_guild
        )

    async def _events_when_ready(self) -> None:
        await self._client.wait_until_ready()
        await self.sync_events()
