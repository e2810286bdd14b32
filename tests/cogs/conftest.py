"""The real bot with every cog loaded, answering through a presenter that records answers:
offline (``fan_bot``), or on the fake Discord in two servers (``servers``)."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
import pytest
from msgspec.structs import replace

from bot.answers import Answer
from bot.answers.errors import ExpectedError
from bot.client.fanbot import FanBot
from bot.config import load_settings
from bot.db.connection import Database
from bot.ingestion.pipeline import ingest_folder
from bot.knowledge import Knowledge
from tests.fakediscord import (
    DEFAULT_EVERYONE_PERMISSIONS,
    MANAGE_EVENTS,
    MANAGE_GUILD,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeRole,
    running_bot,
)


@dataclass
class RecordingPresenter:
    answers: list[tuple[Answer, bool]] = field(default_factory=list)
    errors: list[ExpectedError] = field(default_factory=list)
    question: Any = None
    """The question the last answer was given with, for its buttons (None: no buttons)."""
    decision: Any = None
    """The Save / Cancel of the last preview shown (:class:`bot.client.confirm.Decision`)."""
    actions: Any = None
    """The buttons of the last answer's pages (see :mod:`bot.client.actions`)."""
    recorded: asyncio.Event = field(default_factory=asyncio.Event)
    """Set whenever an answer or an error arrives (for commands run over the fake Discord)."""

    async def answer(
        self,
        interaction: Any,
        answer: Answer,
        *,
        private: bool = False,
        question: Any = None,
        actions: Any = None,
    ) -> None:
        self.answers.append((answer, private))
        self.question = question
        self.actions = actions
        self.recorded.set()

    async def error(self, interaction: Any, error: ExpectedError) -> None:
        self.errors.append(error)
        self.recorded.set()

    async def confirm(self, interaction: Any, answer: Answer, decision: Any) -> None:
        self.answers.append((answer, True))  # a preview is always private
        self.decision = decision
        self.recorded.set()


@pytest.fixture
async def fan_bot(db: Database, seeds_dir: Path) -> AsyncIterator[FanBot]:
    await ingest_folder(db, seeds_dir)
    settings = load_settings({}, env_file=None)
    bot = FanBot(
        settings=settings,
        db=db,
        knowledge=Knowledge(db, random.Random(1)),
        presenter=RecordingPresenter(),
    )
    async with bot:
        await bot.load_features()
        yield bot


WAIT = 10.0
MODERATOR = DEFAULT_EVERYONE_PERMISSIONS | MANAGE_GUILD


@dataclass
class Servers:
    """The bot on the fake Discord in two servers, answering through the recording presenter."""

    fake: FakeDiscord
    bot: FanBot
    db: Database
    seeds: Path
    presenter: RecordingPresenter
    editor: FakeGuild
    """Edits the news, and lets the bot manage events."""
    other: FakeGuild
    """Neither."""
    role: FakeRole

    @staticmethod
    def news(guild: FakeGuild) -> FakeChannel:
        return guild.channels[1]

    async def run(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        guild: FakeGuild | None = None,
        permissions: int = MODERATOR,
        roles: list[int] | None = None,
    ) -> Answer | ExpectedError:
        """The answer or error the command gives to a member with ``permissions`` and
        ``roles`` (role ids); every answer must be private."""
        errors = len(self.presenter.errors)
        self.presenter.recorded.clear()
        await self.fake.slash(
            name,
            options,
            guild_id=(guild or self.editor).id,
            member_permissions=permissions,
            member_roles=roles,
        )
        await asyncio.wait_for(self.presenter.recorded.wait(), WAIT)
        if len(self.presenter.errors) > errors:
            return self.presenter.errors[-1]
        answer, private = self.presenter.answers[-1]
        assert private, name
        return answer


@pytest.fixture
async def servers(db: Database, seeds_dir: Path) -> AsyncIterator[Servers]:
    role = FakeRole(name="News pings")
    editor = FakeGuild(
        name="Editor",
        channels=[
            FakeChannel(name="general"),
            FakeChannel(name="news"),
            FakeChannel.forum("forum"),
            FakeChannel.forum("tagged", require_tag=True),
        ],
        roles=[role],
        everyone_permissions=DEFAULT_EVERYONE_PERMISSIONS | MANAGE_EVENTS,
    )
    other = FakeGuild(name="Other", channels=[FakeChannel(name="general"), FakeChannel("news")])
    await ingest_folder(db, seeds_dir)
    settings = replace(
        load_settings({}, env_file=None),
        seeds_dir=seeds_dir,
        dev_guild_id=editor.id,
        news_editor_guild_ids=frozenset({editor.id}),
    )
    presenter = RecordingPresenter()
    async with FakeDiscord(guilds=[editor, other]) as fake:
        bot = FanBot(settings=settings, db=db, knowledge=Knowledge(db), presenter=presenter)
        async with bot, running_bot(bot, fake):
            bot.tree.copy_global_to(guild=discord.Object(other.id))
            await bot.tree.sync(guild=discord.Object(other.id))
            await fake.wait_until(lambda: bool(fake.commands(editor.id)), timeout=WAIT)
            yield Servers(fake, bot, db, seeds_dir, presenter, editor, other, role)
        assert not fake.unknown_routes, fake.unknown_routes
        assert not fake.errors, fake.errors
