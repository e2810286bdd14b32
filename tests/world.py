"""The world the alert and hardening suites share: the real bot on the fake Discord, in-process.

:func:`checked_fake` runs a :class:`~tests.fakediscord.FakeDiscord` and, after the block, checks
the fake itself: the bot used no route it lacks, none of its handlers crashed, and discord.py's
URLs are restored. :func:`bot_world` starts the bot on such a fake as ``python -m bot run``
builds it, news alerts on: the first server is the development server (synced on start) and
the one where news may be edited; every other server is synced here.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import discord
import discord.gateway
import discord.http
from msgspec.structs import replace

from bot.client.fanbot import FanBot
from bot.client.presenters import DiscordPresenter
from bot.config import load_settings
from bot.db.connection import Database
from bot.ingestion.pipeline import Outcome, ingest_folder
from bot.knowledge import Knowledge
from bot.web.reader import WebReader
from tests.fakediscord import (
    DEFAULT_EVERYONE_PERMISSIONS,
    MANAGE_GUILD,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeRole,
    running_bot,
)
from tests.fakediscord.rest.ratelimits import RateLimits

WAIT = 60.0
"""A hang guard only, never a speed check: a bot process on a busy 2-core machine can take
several times a quiet one's start-up (it compiles the extractor's patterns when it has a file
to read), and a passing test never waits it out."""
MEMBER = DEFAULT_EVERYONE_PERMISSIONS
MODERATOR = MEMBER | MANAGE_GUILD


def news_server(name: str, **options: Any) -> FakeGuild:
    """A server with a #general and a #news channel (:meth:`World.news`)."""
    channels = [FakeChannel(name="general"), FakeChannel(name="news")]
    return FakeGuild(name=name, channels=channels, **options)


@dataclass
class World:
    """The running bot, its database and seeds folder, and the servers it is in."""

    fake: FakeDiscord
    bot: FanBot
    db: Database
    seeds: Path
    a: FakeGuild
    """The development server, where news may be edited; it has the alert role."""
    b: FakeGuild
    role: FakeRole

    def news(self, guild: FakeGuild) -> FakeChannel:
        """The server's #news channel."""
        return guild.channels[1]

    async def reply(self, name: str, options: dict[str, Any] | None = None, **kw: Any) -> Any:
        """The visible answer to a slash command (after a deferral, the followup); in A
        unless ``guild_id`` says otherwise."""
        kw.setdefault("guild_id", self.a.id)
        interaction = await self.fake.slash(name, options, **kw)
        return await interaction.wait_response_message(timeout=WAIT)

    async def ingested(self, name: str, outcome: Outcome = Outcome.NEW) -> None:
        """Until the bot's watcher has ingested ``name`` with ``outcome``."""
        assert self.bot.ingestion is not None
        async with asyncio.timeout(WAIT):
            await self.bot.ingestion.wait_for_ingest(
                lambda report: any(
                    r.file_name == name and r.outcome is outcome for r in report.results
                )
            )

    async def idle(self) -> None:
        """Until the alert delivery has nothing due."""
        assert self.bot.news_alerts is not None
        async with asyncio.timeout(WAIT):
            await self.bot.news_alerts.delivery.wait_idle()


@asynccontextmanager
async def checked_fake(
    guilds: list[FakeGuild], rate_limits: RateLimits | None = None
) -> AsyncIterator[FakeDiscord]:
    """A running fake with these servers (applying ``rate_limits`` if given); after the block,
    the fake itself is checked."""
    base = discord.http.Route.BASE
    gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    async with FakeDiscord(guilds=guilds, rate_limits=rate_limits) as fake:
        yield fake
        assert not fake.unknown_routes, f"routes missing from the fake: {fake.unknown_routes}"
        assert not fake.errors, f"the fake itself crashed: {fake.errors}"
    assert base == discord.http.Route.BASE
    assert gateway == discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY


@asynccontextmanager
async def bot_world(
    db: Database,
    seeds: Path,
    guilds: list[FakeGuild],
    role: FakeRole,
    *,
    web: WebReader | None = None,
    rate_limits: RateLimits | None = None,
    **settings: Any,
) -> AsyncIterator[World]:
    """The bot, with ``seeds`` ingested, running and ready in every server of ``guilds``.

    ``guilds[0]`` is A and ``guilds[1]`` is B; ``settings`` replace the defaults (say, the
    watcher's ``seeds_settle_seconds``). With ``web`` the bot reads links and checks feeds.
    """
    a, b = guilds[0], guilds[1]
    await ingest_folder(db, seeds)
    config = replace(
        load_settings({}, env_file=None),
        seeds_dir=seeds,
        dev_guild_id=a.id,
        news_editor_guild_ids=frozenset({a.id}),
        alert_retry_delays=(0.1,),
        **settings,
    )
    async with checked_fake(guilds, rate_limits) as fake:
        bot = FanBot(
            settings=config,
            db=db,
            knowledge=Knowledge(db),
            presenter=DiscordPresenter(),
            news_alerts=True,
            web=web,
            guild_ready_timeout=0.1,  # on_ready (for premiere events) without the 2 s wait
        )
        async with bot, running_bot(bot, fake):
            for guild in guilds[1:]:
                bot.tree.copy_global_to(guild=discord.Object(guild.id))
                await bot.tree.sync(guild=discord.Object(guild.id))
            await fake.wait_until(lambda: bool(fake.commands(a.id)), timeout=WAIT)
            await asyncio.wait_for(bot.wait_until_ready(), WAIT)
            yield World(fake, bot, db, seeds, a, b, role)
