"""The real bot, unmodified, on the real discord.py client against the fake Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.client import FanBot, create_bot
from bot.config import load_settings
from bot.database import Database
from bot.ingest import ingest_folder
from tests.fakediscord import FakeDiscord, running_bot


@pytest.fixture
async def live_bot(
    fake_discord: FakeDiscord, db: Database, seeds_dir: Path
) -> AsyncIterator[FanBot]:
    """The bot as ``python -m bot run`` builds it, syncing to the fake's guild on start."""
    await ingest_folder(db, seeds_dir)
    guild_id = fake_discord.guilds[0].id
    settings = replace(load_settings({}, env_file=None), dev_guild_id=guild_id)
    async with create_bot(settings, db) as bot, running_bot(bot, fake_discord):
        await fake_discord.wait_until(lambda: bool(fake_discord.commands(guild_id)))
        yield bot


async def test_setup_syncs_the_commands_to_the_development_guild(
    live_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    synced = {command["name"] for command in fake_discord.commands(fake_discord.guilds[0].id)}
    assert {"who-plays", "release-date", "quote"} <= synced


async def test_who_plays_nick_is_answered_with_an_embed_that_pings_no_one(
    live_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    reply = await fake_discord.invoke_slash(
        "who-plays", {"character": "Nick"}, guild_id=fake_discord.guilds[0].id
    )
    assert reply.type == 4
    (embed,) = reply.embeds
    assert embed["title"] == "Nick Nelson"
    assert embed["description"] == "**Kit Connor** plays **Nick Nelson**."
    assert any(field["name"] == "Sources" for field in embed["fields"])
    assert reply.data["allowed_mentions"] == {"parse": []}
    assert not reply.ephemeral


async def test_release_date_uses_discord_timestamps(
    live_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    reply = await fake_discord.invoke_slash("release-date", guild_id=fake_discord.guilds[0].id)
    (embed,) = reply.embeds
    assert "<t:" in embed["description"] and ":D>" in embed["description"]


async def test_character_autocomplete_answers_with_choices(
    live_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    reply = await fake_discord.invoke_autocomplete(
        "who-plays", "character", "ni", guild_id=fake_discord.guilds[0].id
    )
    assert reply.type == 8
    assert "Nick Nelson" in [choice["value"] for choice in reply.choices]
