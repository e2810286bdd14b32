"""The real bot on the fake Discord, for the hardening tests: two servers, news alerts on,
a short database busy timeout. After each test every payload the bot sent is audited: nothing
may ping anyone but the configured alert role."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.client.fanbot import FanBot
from bot.client.presenters import DiscordPresenter
from bot.config import load_settings
from bot.db.connection import Database, open_database
from bot.ingestion.pipeline import Outcome, ingest_folder
from bot.knowledge import Knowledge
from tests.alerts.helpers import wait_ingested
from tests.fakediscord import (
    DEFAULT_EVERYONE_PERMISSIONS,
    MANAGE_GUILD,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeRole,
    running_bot,
)
from tests.hardening.helpers import mention_problems

WAIT = 15.0
BUSY_TIMEOUT_MS = 300
MODERATOR = DEFAULT_EVERYONE_PERMISSIONS | MANAGE_GUILD
MEMBER = DEFAULT_EVERYONE_PERMISSIONS


@dataclass
class World:
    fake: FakeDiscord
    bot: FanBot
    db: Database
    seeds: Path
    a: FakeGuild
    """A news-editing server, with an alert role."""
    b: FakeGuild
    role: FakeRole

    def news(self, guild: FakeGuild) -> FakeChannel:
        return guild.channels[1]

    async def reply(self, name: str, options: dict[str, Any] | None = None, **kw: Any) -> Any:
        """The visible answer to a slash command (after a deferral, the followup)."""
        kw.setdefault("guild_id", self.a.id)
        interaction = await self.fake.slash(name, options, **kw)
        return await interaction.wait_response_message(timeout=WAIT)

    async def ingested(self, name: str, outcome: Outcome = Outcome.NEW) -> None:
        async with asyncio.timeout(WAIT):
            await wait_ingested(self.bot, name, outcome)


def text_of(message: dict[str, Any]) -> str:
    """Everything a member reads in a message: content and every embed's text."""
    parts = [message.get("content") or ""]
    for embed in message.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']} {f['value']}" for f in embed.get("fields") or []]
        parts.append((embed.get("footer") or {}).get("text") or "")
    return "\n".join(parts)


@pytest.fixture
async def world(tmp_path: Path, seeds_dir: Path) -> AsyncIterator[World]:
    role = FakeRole(name="News pings")
    a = FakeGuild(name="A", channels=[FakeChannel(name="general"), FakeChannel(name="news")])
    a.roles.append(role)
    b = FakeGuild(name="B", channels=[FakeChannel(name="general"), FakeChannel(name="news")])
    settings = replace(
        load_settings({}, env_file=None),
        seeds_dir=seeds_dir,
        dev_guild_id=a.id,
        news_editor_guild_ids=frozenset({a.id}),
        seeds_settle_seconds=0.1,
        alert_retry_delays=(0.1,),
        db_busy_timeout_ms=BUSY_TIMEOUT_MS,
    )
    async with open_database(tmp_path / "data" / "bot.db", busy_timeout_ms=BUSY_TIMEOUT_MS) as db:
        await ingest_folder(db, seeds_dir)
        async with FakeDiscord(guilds=[a, b]) as fake:
            bot = FanBot(
                settings=settings,
                db=db,
                knowledge=Knowledge(db),
                presenter=DiscordPresenter(),
                news_alerts=True,
                guild_ready_timeout=0.1,
            )
            async with bot, running_bot(bot, fake):
                bot.tree.copy_global_to(guild=discord.Object(b.id))
                await bot.tree.sync(guild=discord.Object(b.id))
                await fake.wait_until(lambda: bool(fake.commands(a.id)), timeout=WAIT)
                await asyncio.wait_for(bot.wait_until_ready(), WAIT)
                yield World(fake, bot, db, seeds_dir, a, b, role)
            assert not fake.unknown_routes, fake.unknown_routes
            assert not fake.errors, fake.errors
            audit = [
                (call.method, call.path, problem)
                for call in fake.rest_calls
                for problem in mention_problems(call.body, frozenset({role.id}))
            ]
            assert not audit, audit
