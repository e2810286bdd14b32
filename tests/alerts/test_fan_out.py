"""One article alerted to many servers on a fake Discord that applies Discord's rate limits:
every server gets its alert, and the bot never outruns the global budget (no 429 says so)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.db.connection import open_database
from tests.alerts.helpers import CASTING, subscribe
from tests.fakediscord import FakeRole
from tests.fakediscord.rest.ratelimits import RateLimits
from tests.world import bot_world, news_server

SERVERS = 80
"""More alerts than the global budget lets through in one second, sent as fast as allowed."""
GLOBAL_WINDOW = RateLimits().global_limit.per + 0.1


async def test_an_alert_to_many_servers_arrives_everywhere_without_a_global_429(
    tmp_path: Path, seeds_dir: Path
) -> None:
    role = FakeRole(name="News pings")
    guilds = [news_server(f"Server {n}", roles=[role] if n == 0 else []) for n in range(SERVERS)]
    async with (
        open_database(tmp_path / "data" / "bot.db") as db,
        bot_world(db, seeds_dir, guilds, role, rate_limits=RateLimits()) as world,
    ):
        limiter = world.fake.rate_limiter
        assert limiter is not None
        # The start (syncing commands to every server) is not the subject: its 429s are
        # forgotten and the global window it opened is left to close.
        await asyncio.sleep(GLOBAL_WINDOW)
        limiter.hits.clear()
        channels = [world.news(guild).id for guild in guilds]
        for guild, channel in zip(guilds, channels, strict=True):
            await subscribe(db, guild.id, channel)
        (seeds_dir / "900_casting.txt").write_text(CASTING, encoding="utf-8")
        await world.ingested("900_casting.txt")
        await world.idle()
        assert [len(world.fake.channel_messages(channel)) for channel in channels] == [1] * SERVERS
        assert limiter.hits == []
