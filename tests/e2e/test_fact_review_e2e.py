"""A moderator reviews held facts on Discord: the real bot, the real discord.py client, the
fake Discord. Rejecting a held quote with its button keeps it out of ``/quote`` for good."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from msgspec.structs import replace

import bot.ingestion.prepare
from bot.client.fanbot import FanBot, create_bot
from bot.config import load_settings
from bot.db.connection import Database
from bot.db.quotes import candidate_ids
from bot.extract import extract_facts
from bot.facts import Article, ArticleFacts
from bot.ingestion.pipeline import ingest_folder
from tests.fakediscord import (
    DEFAULT_EVERYONE_PERMISSIONS,
    MANAGE_GUILD,
    FakeDiscord,
    FakeUser,
    running_bot,
)
from tests.held import hold_first_quotes

MODERATOR = DEFAULT_EVERYONE_PERMISSIONS | MANAGE_GUILD
WAIT = 10.0


@pytest.fixture
async def editing_bot(
    fake_discord: FakeDiscord, db: Database, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[FanBot]:
    """The bot as ``python -m bot run`` builds it, in a server that may edit the news."""
    hold_first_quotes(monkeypatch)
    await ingest_folder(db, seeds_dir)
    guild_id = fake_discord.guilds[0].id
    settings = replace(
        load_settings({}, env_file=None),
        dev_guild_id=guild_id,
        news_editor_guild_ids=frozenset({guild_id}),
        seeds_dir=seeds_dir,
    )
    async with create_bot(settings, db) as bot, running_bot(bot, fake_discord):
        await fake_discord.wait_until(lambda: bool(fake_discord.commands(guild_id)))
        yield bot


def _buttons(message: dict[str, Any]) -> dict[str, str]:
    return {
        button["label"]: button["custom_id"]
        for row in message.get("components") or []
        for button in row["components"]
        if "custom_id" in button
    }


async def _quote(fake: FakeDiscord, number: int) -> dict[str, Any]:
    reply = await fake.invoke_slash("quote", {"id": number}, guild_id=fake.guilds[0].id)
    (embed,) = reply.embeds
    return embed


async def test_a_moderator_rejects_a_held_quote_with_the_button_and_quote_never_serves_it(
    editing_bot: FanBot,
    fake_discord: FakeDiscord,
    seeds_dir: Path,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    guild = fake_discord.guilds[0]
    asked = await fake_discord.invoke_slash(
        "facts review", guild_id=guild.id, member_permissions=MODERATOR
    )
    assert asked.type == 5 and asked.ephemeral  # deferred: the database may be busy
    review = await asked.interaction.wait_response_message(WAIT)
    (page,) = review["embeds"]
    found = re.search(r"quote-(\d+)", page["title"])
    assert found is not None, page["title"]
    number = int(found[1])
    buttons = _buttons(review)
    assert {"Approve", "Reject"} <= set(buttons)
    assert (await _quote(fake_discord, number))["title"] == "Not found"  # held: not served

    stranger = FakeUser(username="stranger")
    guild.members.append(stranger)
    refused = await fake_discord.invoke_component(
        buttons["Reject"], review["id"], user=stranger, member_permissions=MODERATOR
    )
    assert refused.ephemeral and "Only the member who asked" in (refused.content or "")

    pressed = await fake_discord.invoke_component(
        buttons["Reject"], review["id"], member_permissions=MODERATOR
    )
    assert pressed.type == 6  # the message stays; its buttons change
    confirmation = await pressed.interaction.wait_followup(0, WAIT)
    assert confirmation["embeds"][0]["title"] == "Rejected"
    assert int(confirmation["flags"]) & 64  # private
    edited = await pressed.interaction.wait_original_edit(0, WAIT)
    rows = [button for row in edited["components"] for button in row["components"]]
    decided = {b["label"]: b.get("disabled", False) for b in rows}
    assert (decided["Approve"], decided["Reject"]) == (True, True)

    # A new extractor, sure of every quote, reads every article again: still never served.
    def sure(article: Article) -> ArticleFacts:
        facts = extract_facts(article)
        quotes = tuple(dataclasses.replace(quote, confidence=1.0) for quote in facts.quotes)
        return dataclasses.replace(facts, quotes=quotes)

    monkeypatch.setattr(bot.ingestion.prepare, "extract_facts", sure)
    await ingest_folder(db, seeds_dir, rebuild=True)
    editing_bot.knowledge.invalidate()
    assert (await _quote(fake_discord, number))["title"] == "Not found"
    async with db.reading() as conn:
        picked_from = await candidate_ids(conn)  # what a random /quote picks from
        stored = await conn.execute_fetchall("SELECT id, served FROM quotes")
    assert number not in picked_from
    assert {quote_id for quote_id, served in stored if not served} == {number}  # only it
