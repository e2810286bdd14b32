"""``/news add`` through its form, and the article's link everywhere it is shown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db.connection import Database
from bot.ingestion.pipeline import Outcome
from tests.alerts.helpers import subscribe
from tests.fakediscord import FakeGuild, FakeRole
from tests.world import MODERATOR, WAIT, World, bot_world, news_server

LINK = "https://news.example.invalid/heartstopper/premiere"


@pytest.fixture
async def world(db: Database, seeds_dir: Path) -> AsyncIterator[World]:
    role = FakeRole(name="News pings")
    guilds = [news_server("A", roles=[role]), news_server("B"), FakeGuild(name="C")]
    async with bot_world(db, seeds_dir, guilds, role, seeds_settle_seconds=0.2) as world:
        yield world


async def test_news_add_offers_a_form_with_a_paragraph_field(world: World) -> None:
    opened = await world.fake.invoke_slash(
        "news add",
        {"title": "Premiere Night Is Set"},
        guild_id=world.a.id,
        member_permissions=MODERATOR,
    )
    assert opened.type == 9  # a modal
    inputs = {
        component["custom_id"]: component
        for row in opened.data["components"]
        for component in row["components"]
    }
    assert inputs["body"]["style"] == 2  # paragraph
    assert inputs["title"]["value"] == "Premiere Night Is Set"  # what was given is filled in

    await subscribe(world.db, world.a.id, world.news(world.a).id)
    submitted = await world.fake.submit_modal(
        opened.data["custom_id"],
        {
            "title": "Premiere Night Is Set",
            "body": "Netflix set the premiere for 13 February 2026.\nSecond paragraph here.",
            "url": LINK,
            "date": "2025-11-20",
        },
        guild_id=world.a.id,
        member_permissions=MODERATOR,
    )
    message = await submitted.interaction.wait_response_message(timeout=WAIT)
    assert message["embeds"][0]["title"] == "Added: Premiere Night Is Set"
    (added,) = [p for p in world.seeds.iterdir() if "premiere-night" in p.name]
    text = added.read_text()
    assert LINK in text and "Second paragraph here." in text.splitlines()

    alert = await world.fake.wait_for_channel_message(world.news(world.a).id, WAIT)
    assert alert["embeds"][0]["url"] == LINK  # the alert's title links to the article
    await world.ingested(added.name, Outcome.NEW)

    shown = await world.reply("news show", {"article": added.name})
    assert shown["embeds"][0]["url"] == LINK
    latest = await world.reply("news latest", {"count": 1})
    assert f"[Premiere Night Is Set]({LINK})" in latest["embeds"][0]["description"]


async def test_a_form_from_a_member_without_manage_server_adds_nothing(world: World) -> None:
    before = set(world.seeds.iterdir())
    opened = await world.fake.invoke_slash(
        "news add", guild_id=world.a.id, member_permissions=MODERATOR
    )
    refused = await world.fake.submit_modal(
        opened.data["custom_id"],
        {"title": "Sneaky", "body": "Nothing to see.", "url": "", "date": ""},
        guild_id=world.a.id,
    )
    assert refused.ephemeral and refused.embeds[0]["title"] == "Not allowed"
    assert set(world.seeds.iterdir()) == before


async def test_an_article_without_a_headline_does_not_repeat_its_lede_in_its_alert(
    world: World,
) -> None:
    await subscribe(world.db, world.a.id, world.news(world.a).id)
    lede = "Netflix has confirmed that filming on the final chapter wrapped this week."
    (world.seeds / "no-headline.txt").write_text(
        f" date 2025-10-01 {lede}\nfilming wrapped after eight weeks in kent.\n"
    )
    alert = await world.fake.wait_for_channel_message(world.news(world.a).id, WAIT)
    (embed,) = alert["embeds"]
    assert embed["title"] == lede
    assert lede not in embed.get("description", "")
