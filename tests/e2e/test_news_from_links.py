"""News from links and feeds end to end: the real bot (watcher, poller, alerts) on the fake
Discord, reading the fake outlet on 127.0.0.1; buttons pressed as a member would."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db.connection import Database
from bot.ingestion.pipeline import IngestReport, Outcome
from bot.web.reader import WebReader
from tests.alerts.helpers import outbox, subscribe
from tests.e2e.test_bot_on_discord import _buttons as buttons
from tests.fakediscord import FakeRole, FakeUser
from tests.web.conftest import only_loopback, outlet, reader
from tests.web.outlet import Outlet
from tests.world import MODERATOR, WAIT, World, bot_world, news_server

__all__ = ["only_loopback", "outlet", "reader"]

STORY = "casting-call"


@pytest.fixture
async def world(db: Database, seeds_dir: Path, reader: WebReader) -> AsyncIterator[World]:
    """A edits the news; B is subscribed to alerts in its #news."""
    role = FakeRole(name="News pings")
    guilds = [news_server("A", roles=[role]), news_server("B")]
    async with bot_world(
        db, seeds_dir, guilds, role, web=reader, seeds_settle_seconds=0.2
    ) as world:
        await subscribe(world.db, world.b.id, world.news(world.b).id)
        yield world


def files(world: World) -> set[str]:
    return {path.name for path in world.seeds.iterdir()}


async def preview_of(world: World, outlet: Outlet) -> dict[str, object]:
    interaction = await world.fake.slash(
        "news add",
        {"url": outlet.story_url(STORY)},
        guild_id=world.a.id,
        member_permissions=MODERATOR,
    )
    return await interaction.wait_response_message(timeout=WAIT)


async def test_the_preview_is_private_and_its_save_writes_the_article_then_the_alert_follows(
    world: World, outlet: Outlet
) -> None:
    before = files(world)
    preview = await preview_of(world, outlet)
    headline = outlet.stories[STORY].headline
    assert int(preview["flags"]) & 64  # only the moderator sees it
    (embed,) = preview["embeds"]
    assert embed["title"] == f"Preview: {headline}"
    assert "Imani Okafor" in str(embed["fields"])
    pressable = buttons(preview)
    assert set(pressable) == {"Save", "Cancel"}

    stranger = FakeUser(username="another-moderator")
    world.a.members.append(stranger)
    refused = await world.fake.invoke_component(
        pressable["Save"], preview["id"], user=stranger, member_permissions=MODERATOR
    )
    assert refused.ephemeral and "Only the member who asked" in (refused.content or "")
    assert files(world) == before

    press = await world.fake.component(
        pressable["Save"], preview["id"], member_permissions=MODERATOR
    )
    saved = await press.wait_original_edit(timeout=WAIT)
    assert saved["embeds"][0]["title"] == f"Added: {headline}"
    assert saved["components"] == []
    (written,) = files(world) - before
    alert = await world.fake.wait_for_channel_message(world.news(world.b).id, WAIT)
    assert alert["embeds"][0]["title"] == headline
    await world.idle()
    assert [row["file_name"] for row in await outbox(world.db)] == [written]


async def test_the_preview_s_cancel_writes_nothing_and_alerts_nobody(
    world: World, outlet: Outlet
) -> None:
    before = files(world)
    preview = await preview_of(world, outlet)
    cancelled = await world.fake.invoke_component(
        buttons(preview)["Cancel"], preview["id"], member_permissions=MODERATOR
    )
    assert cancelled.type == 7  # the preview replaced in place
    assert cancelled.embeds[0]["title"] == "Not saved"
    assert cancelled.data["components"] == []
    assert files(world) == before
    assert await outbox(world.db) == []


async def test_save_after_the_article_arrived_otherwise_says_so_and_writes_nothing(
    world: World, outlet: Outlet
) -> None:
    preview = await preview_of(world, outlet)
    copy = f" date 2025-05-05 The operator's copy.\nurl: {outlet.story_url(STORY)}\nText.\n"
    (world.seeds / "operator-copy.txt").write_text(copy)
    await world.ingested("operator-copy.txt")
    before = files(world)
    press = await world.fake.component(
        buttons(preview)["Save"], preview["id"], member_permissions=MODERATOR
    )
    told = await press.wait_followup(timeout=WAIT)
    assert int(told["flags"]) & 64 and told["embeds"][0]["title"] == "Already there"
    assert files(world) == before


async def test_a_followed_feed_s_history_is_silent_and_its_next_entry_is_alerted(
    world: World, outlet: Outlet
) -> None:
    assert world.bot.ingestion is not None
    outlet.list_story(STORY)
    feed = {"feed": outlet.url("/feeds/live.rss"), "every": 5}
    followed = await world.reply("news follow", feed, member_permissions=MODERATOR)
    assert followed["embeds"][0]["title"] == "Following Screen Scoop: Saltmarsh"
    history = await _new_article(world)

    outlet.list_story("premiere-set")
    await world.reply("news follow", feed, member_permissions=MODERATOR)  # check now
    latest = await _new_article(world, after=history)
    alert = await world.fake.wait_for_channel_message(world.news(world.b).id, WAIT)
    assert alert["embeds"][0]["title"] == outlet.stories["premiere-set"].headline
    await world.idle()
    assert [row["file_name"] for row in await outbox(world.db)] == [latest]  # not the history

    listed = await world.reply("news feeds", member_permissions=MODERATOR)
    (field,) = listed["embeds"][0]["fields"]
    assert "2 articles taken" in field["value"]


async def _new_article(world: World, after: str | None = None) -> str:
    """The file name of the next article the watcher ingests as new."""
    assert world.bot.ingestion is not None

    def new(report: IngestReport) -> list[str]:
        return [r.file_name for r in report.results if r.outcome is Outcome.NEW]

    async with asyncio.timeout(WAIT):
        report = await world.bot.ingestion.wait_for_ingest(
            lambda report: any(name != after for name in new(report))
        )
    (name,) = [name for name in new(report) if name != after]
    return name
