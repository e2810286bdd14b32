"""Answers the bot keeps in memory (who plays a character, who a person is) follow the
knowledge: an article dropped into the running bot's seeds folder changes them at once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.db.connection import Database
from tests.fakediscord import FakeRole, FakeUser
from tests.world import World, bot_world, news_server

RECAST = (
    " date 2027-03-01 A new Nick for the film.\n"
    "Heartstopper Forever Recasts Nick\n"
    "Netflix confirmed on Monday that Odile Marchetti will play Nick Nelson in Heartstopper "
    "Forever, replacing Kit Connor.\n"
)


@pytest.fixture
async def world(db: Database, seeds_dir: Path) -> AsyncIterator[World]:
    role = FakeRole(name="News pings")
    guilds = [news_server("A", roles=[role]), news_server("B")]
    async with bot_world(db, seeds_dir, guilds, role, seeds_settle_seconds=0.2) as world:
        yield world


async def _asked(world: World, command: str, options: dict[str, Any]) -> str:
    """The answer's description, asked by a new member (no cooldown is what answers)."""
    member = FakeUser(username=f"member{len(world.a.members)}")
    world.a.members.append(member)
    message = await world.reply(command, options, user=member)
    return str(message["embeds"][0]["description"])


async def test_a_recasting_dropped_in_while_running_changes_who_plays_and_who_is(
    world: World,
) -> None:
    assert await _asked(world, "who-plays", {"character": "Nick"}) == (
        "**Kit Connor** plays **Nick Nelson**."
    )
    before = await _asked(world, "who-is", {"actor": "Kit Connor"})
    assert await _asked(world, "who-plays", {"character": "Nick"}) == (
        "**Kit Connor** plays **Nick Nelson**."
    )  # asked again: the same answer, from memory

    (world.seeds / "recast.txt").write_text(RECAST, encoding="utf-8")
    await world.ingested("recast.txt")

    assert await _asked(world, "who-plays", {"character": "Nick"}) == (
        "**Odile Marchetti** plays **Nick Nelson**."
    )
    assert await _asked(world, "who-is", {"actor": "Kit Connor"}) != before
