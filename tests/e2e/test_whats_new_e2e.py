"""Alerts on Discord say exactly what changed: the test corpus dropped into a running bot.

The real bot, the real watcher, real files and the fake Discord: each article of
``tests/corpus`` is dropped into the seeds folder in turn; its alert's "What's new" must list
exactly what ``/cast``, ``/crew`` and ``/release-date``, asked on Discord right afterwards,
show changed since before it, in the names they show.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.db.connection import Database
from tests.alerts.helpers import CORPUS, subscribe
from tests.alerts.whats_new import Shown, alert_lines, expected_whats_new, pages, shown
from tests.fakediscord import FakeRole, FakeUser
from tests.world import WAIT, World, bot_world, news_server


@pytest.fixture
async def world(db: Database, seeds_dir: Path) -> AsyncIterator[World]:
    role = FakeRole(name="News pings")
    guilds = [news_server("A", roles=[role]), news_server("B")]
    async with bot_world(db, seeds_dir, guilds, role, seeds_settle_seconds=0.2) as world:
        yield world


async def embeds(world: World, command: str, options: dict[str, Any] | None = None) -> list[Any]:
    """Every page of a command's answer in server A, turning pages with its buttons; asked by
    a new member each time (a member asking again and again is told to slow down)."""
    member = FakeUser(username=f"member{len(world.a.members)}")
    world.a.members.append(member)
    message = await world.reply(command, options, user=member)
    found = [message["embeds"][0]]
    buttons = {
        button.get("label"): button["custom_id"]
        for row in message.get("components") or []
        for button in row["components"]
        if "custom_id" in button
    }
    footer = found[0].get("footer", {}).get("text", "")
    if footer.startswith("Page 1 of "):
        count = int(footer.removeprefix("Page 1 of ").split(" ")[0])
        for _ in range(count - 1):
            turned = await world.fake.invoke_component(
                buttons["Next ▶"], message["id"], timeout=WAIT, user=member
            )
            found.append(turned.embeds[0])
    return found


async def commands(world: World) -> Shown:
    cast = pages(await embeds(world, "cast", {"order": "alphabetical"}))
    crew = pages(await embeds(world, "crew"))
    (release,) = pages(await embeds(world, "release-date"))
    return shown(cast, crew, release)


async def test_each_dropped_article_alerts_exactly_what_the_commands_then_show(
    world: World,
) -> None:
    news = world.news(world.a)
    await subscribe(world.db, world.a.id, news.id)
    before = await commands(world)
    for path in sorted(CORPUS.glob("1*.txt")):
        shutil.copy(path, world.seeds / path.name)
        alert = await world.fake.wait_for_channel_message(news.id, WAIT)
        await world.idle()
        after = await commands(world)
        (embed,) = alert["embeds"]
        fields = embed.get("fields", [])
        whats_new = next((f["value"] for f in fields if f["name"] == "What's new"), None)
        assert alert_lines(whats_new) == expected_whats_new(before, after), path.name
        before = after
    assert len(world.fake.channel_messages(news.id)) == 8  # one alert an article, no more
