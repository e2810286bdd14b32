"""The real bot, unmodified, on the real discord.py client against the fake Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from msgspec.structs import replace

from bot.client.fanbot import FanBot, create_bot
from bot.config import load_settings
from bot.db.connection import Database
from bot.ingestion.pipeline import ingest_folder
from tests.fakediscord import FakeDiscord, FakeUser, running_bot


@asynccontextmanager
async def bot_on_fake_discord(
    fake: FakeDiscord, db: Database, seeds_dir: Path
) -> AsyncIterator[FanBot]:
    """The bot as ``python -m bot run`` builds it, syncing to the fake's guild on start."""
    await ingest_folder(db, seeds_dir)
    guild_id = fake.guilds[0].id
    settings = replace(load_settings({}, env_file=None), dev_guild_id=guild_id)
    async with create_bot(settings, db) as bot, running_bot(bot, fake):
        await fake.wait_until(lambda: bool(fake.commands(guild_id)))
        yield bot


@pytest.fixture
async def live_bot(
    fake_discord: FakeDiscord, db: Database, seeds_dir: Path
) -> AsyncIterator[FanBot]:
    async with bot_on_fake_discord(fake_discord, db, seeds_dir) as bot:
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


async def test_character_autocomplete_answers_with_choices(
    live_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    reply = await fake_discord.invoke_autocomplete(
        "who-plays", "character", "ni", guild_id=fake_discord.guilds[0].id
    )
    assert reply.type == 8
    assert "Nick Nelson" in [choice["value"] for choice in reply.choices]


def _buttons(reply: Any) -> dict[str, str]:
    """Button label -> custom_id, from a callback's or a message's components."""
    rows = (reply if isinstance(reply, dict) else reply.data).get("components") or []
    return {
        button.get("label") or "": button["custom_id"]
        for row in rows
        for button in row["components"]
        if "custom_id" in button
    }


@pytest.fixture
async def big_cast_bot(
    fake_discord: FakeDiscord, db: Database, seeds_dir: Path
) -> AsyncIterator[FanBot]:
    firsts = ["Ada", "Bram", "Cleo", "Dev", "Esme", "Finn", "Gus", "Hana", "Ivo"]
    lasts = ["Albright", "Birch", "Cole", "Drake", "Ember"]
    people = [f"{first} {last}" for last in lasts for first in firsts]
    lines = "\n".join(f"- {name} as {name.replace(' ', 'ette ')}son" for name in people)
    (seeds_dir / "999_big-cast.txt").write_text(f" date 2025-05-01 Everyone is cast.\n{lines}\n")
    async with bot_on_fake_discord(fake_discord, db, seeds_dir) as bot:
        yield bot


async def test_a_long_cast_pages_with_buttons_only_its_asker_can_press(
    big_cast_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    guild = fake_discord.guilds[0]
    reply = await fake_discord.invoke_slash("cast", {"order": "alphabetical"}, guild_id=guild.id)
    message = await reply.interaction.wait_response_message()  # /cast defers, then follows up
    buttons = _buttons(message)
    assert set(buttons) >= {"◀ Previous", "Next ▶"}
    assert "Page 1 of 3" in message["embeds"][0]["footer"]["text"]  # 20 lines a page

    stranger = FakeUser(username="stranger")
    guild.members.append(stranger)
    refused = await fake_discord.invoke_component(buttons["Next ▶"], message["id"], user=stranger)
    assert refused.type == 4 and refused.ephemeral
    assert "Only the member who asked" in (refused.content or "")

    turned = await fake_discord.invoke_component(buttons["Next ▶"], message["id"])
    assert turned.type == 7
    assert "Page 2 of 3" in turned.embeds[0]["footer"]["text"]


async def test_another_one_posts_a_new_quote(live_bot: FanBot, fake_discord: FakeDiscord) -> None:
    reply = await fake_discord.invoke_slash("quote", guild_id=fake_discord.guilds[0].id)
    assert reply.embeds[0]["title"].startswith("Quote #")
    message = await reply.interaction.wait_response_message()
    again = await fake_discord.invoke_component(_buttons(reply)["Another one"], message["id"])
    assert again.type == 4
    assert again.embeds[0]["title"].startswith("Quote #")


async def test_private_answers_are_ephemeral(live_bot: FanBot, fake_discord: FakeDiscord) -> None:
    reply = await fake_discord.invoke_slash(
        "who-plays", {"character": "Tao", "private": True}, guild_id=fake_discord.guilds[0].id
    )
    assert reply.ephemeral
    assert reply.embeds[0]["title"] == "Tao Xu"


async def test_only_the_owner_can_sync_from_discord(
    live_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    guild = fake_discord.guilds[0]
    refused = await fake_discord.invoke_slash("sync", guild_id=guild.id)
    assert refused.ephemeral
    assert "Only the bot's owner" in refused.embeds[0]["description"]

    fake_discord.default_user = fake_discord.owner
    guild.members.append(fake_discord.owner)
    accepted = await fake_discord.invoke_slash("sync", guild_id=guild.id)
    assert accepted.type == 5  # deferred while syncing
    message = await accepted.interaction.wait_response_message()
    assert "Published" in message["embeds"][0]["description"]


async def test_news_search_over_discord(live_bot: FanBot, fake_discord: FakeDiscord) -> None:
    reply = await fake_discord.invoke_slash(
        "news search", {"query": "director"}, guild_id=fake_discord.guilds[0].id
    )
    (embed,) = (await reply.interaction.wait_response_message())["embeds"]  # deferred first
    assert embed["title"] == "Search: director"
    assert "**director**" in embed["fields"][0]["value"]


async def test_after_the_gateway_drops_the_bot_resumes_and_keeps_answering(
    live_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    await fake_discord.drop_gateway(4000)
    await fake_discord.wait_resumed()
    reply = await fake_discord.invoke_slash(
        "who-plays", {"character": "Tao"}, guild_id=fake_discord.guilds[0].id
    )
    assert reply.embeds[0]["title"] == "Tao Xu"


async def test_a_rate_limited_reply_is_retried_and_arrives_once(
    live_bot: FanBot, fake_discord: FakeDiscord
) -> None:
    fake_discord.fail_next("/interactions/*", status=429, retry_after=0.1)
    reply = await fake_discord.invoke_slash(
        "who-plays", {"character": "Nick"}, guild_id=fake_discord.guilds[0].id
    )
    assert reply.embeds[0]["title"] == "Nick Nelson"
    statuses = [call.status for call in fake_discord.calls("/interactions/*")]
    assert statuses == [429, 200]
    assert len(reply.interaction.callbacks) == 1
