"""What the bot starts when Discord's READY arrives: the seeds' watch, once, and never while
it is closing. The real bot on the fake Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db.connection import Database
from tests.fakediscord import FakeRole
from tests.world import WAIT, World, bot_world, news_server


@pytest.fixture
async def world(db: Database, seeds_dir: Path) -> AsyncIterator[World]:
    guilds = [news_server("A"), news_server("B")]
    async with bot_world(db, seeds_dir, guilds, FakeRole(name="News pings")) as world:
        await world.fake.wait_until(lambda: world.bot.ingestion is not None, timeout=WAIT)
        yield world


async def test_a_second_ready_keeps_the_watch_already_running(world: World) -> None:
    """A reconnection that identifies again brings READY again: nothing is started twice."""
    watching = world.bot.ingestion
    assert watching is not None
    await world.bot.on_connect()
    assert world.bot.ingestion is watching


async def test_a_ready_while_the_bot_closes_starts_no_watch(world: World) -> None:
    """close() stops the watch, then waits for the alerts to stop; a READY arriving in
    between must not start a watch nobody would stop."""
    bot = world.bot
    alerts = bot.news_alerts
    assert alerts is not None
    stop_alerts = alerts.stop

    async def stop_with_a_ready_meanwhile() -> None:
        await bot.on_connect()
        await stop_alerts()

    alerts.stop = stop_with_a_ready_meanwhile  # type: ignore[method-assign]
    await bot.close()
    assert bot.ingestion is None
