"""News alerts end to end: the real bot, the real watcher, real files, the fake Discord."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers.alerts import ChangeKind, NewsItem
from bot.db.connection import Database
from bot.ingestion.pipeline import Outcome
from tests.alerts.helpers import (
    CORPUS,
    PREMIERE_ANNOUNCED,
    PREMIERE_MOVED,
    outbox,
    subscribe,
)
from tests.fakediscord import (
    DEFAULT_EVERYONE_PERMISSIONS,
    MANAGE_EVENTS,
    SEND_MESSAGES,
    FakeGuild,
    FakeRole,
)
from tests.world import MODERATOR, WAIT, World, bot_world, news_server


@pytest.fixture
async def world(db: Database, seeds_dir: Path) -> AsyncIterator[World]:
    """A may edit news, has the alert role and lets the bot manage events; C has no #news."""
    role = FakeRole(name="News pings")
    a = news_server(
        "A", roles=[role], everyone_permissions=DEFAULT_EVERYONE_PERMISSIONS | MANAGE_EVENTS
    )
    guilds = [a, news_server("B"), FakeGuild(name="C")]
    async with bot_world(db, seeds_dir, guilds, role, seeds_settle_seconds=0.2) as world:
        yield world


async def test_a_file_dropped_while_running_is_alerted_once_per_subscribed_server(
    world: World,
) -> None:
    await world.reply(
        "alerts set",
        {"channel": world.news(world.a), "role": world.role},
        guild_id=world.a.id,
        member_permissions=MODERATOR,
    )
    await subscribe(world.db, world.b.id, world.news(world.b).id)

    shutil.copy(CORPUS / "107_premiere-date.txt", world.seeds / "107.txt")
    in_a = await world.fake.wait_for_channel_message(world.news(world.a).id, WAIT)
    in_b = await world.fake.wait_for_channel_message(world.news(world.b).id, WAIT)
    await world.idle()

    (embed,) = in_a["embeds"]
    assert embed["title"].startswith("Mark your calendars") or "Heartstopper" in embed["title"]
    whats_new = next(f for f in embed["fields"] if f["name"] == "What's new")
    # "Premiere date announced", or "Premiered on" once that day is past: the date either way.
    assert "**13 February 2026**" in whats_new["value"].splitlines()[0]  # a date, as text
    assert in_a["content"] == f"<@&{world.role.id}>"
    mentions = {
        int(call.path.split("/")[2]): call.body["allowed_mentions"]
        for call in world.fake.calls("/channels/{channel_id}/messages", "POST")
    }
    assert mentions[world.news(world.a).id]["parse"] == []  # never @everyone, users or other roles
    assert [int(r) for r in mentions[world.news(world.a).id]["roles"]] == [world.role.id]
    assert mentions[world.news(world.b).id] == {"parse": []}
    assert not in_b["content"]
    assert world.fake.channel_messages(world.news(world.a).id) == [in_a]
    assert world.fake.channel_messages(world.news(world.b).id) == [in_b]
    assert len(world.fake.all_bot_messages()) == 2  # server C did not subscribe
    rows = await outbox(world.db)
    first = NewsItem.from_json(rows[0]["payload"]).changes[0]
    assert (first.kind, first.value) == (ChangeKind.PREMIERE_ANNOUNCED, "2026-02-13")
    assert {(r["guild_id"], r["status"], r["message_id"]) for r in rows} == {
        (world.a.id, "sent", int(in_a["id"])),
        (world.b.id, "sent", int(in_b["id"])),
    }

    # An edit updates the facts but alerts nobody again.
    with (world.seeds / "107.txt").open("a", encoding="utf-8") as handle:
        handle.write("Netflix added that tickets go on sale soon.\n")
    await world.ingested("107.txt", Outcome.CHANGED)
    await world.idle()
    assert len(world.fake.all_bot_messages()) == 2
    assert len(await outbox(world.db)) == 2


async def test_a_500_then_success_is_retried_and_delivered_once(world: World) -> None:
    await subscribe(world.db, world.a.id, world.news(world.a).id)
    world.fake.fail_next("/channels/{channel_id}/messages", method="POST", status=503, count=2)
    world.fake.fail_next("/channels/{channel_id}/messages", method="POST", status=500)
    shutil.copy(CORPUS / "107_premiere-date.txt", world.seeds / "107.txt")
    await world.fake.wait_for_channel_message(world.news(world.a).id, WAIT)
    await world.idle()
    posts = world.fake.calls("/channels/{channel_id}/messages", "POST")
    assert [call.status for call in posts] == [503, 503, 500, 200]
    assert len({call.body["nonce"] for call in posts}) == 1
    assert len(world.fake.channel_messages(world.news(world.a).id)) == 1
    (row,) = await outbox(world.db)
    assert row["status"] == "sent" and row["attempts"] == 3


async def test_a_deleted_channel_is_reported_in_alerts_status(world: World) -> None:
    await subscribe(world.db, world.a.id, world.news(world.a).id)
    await world.fake.delete_channel(world.news(world.a).id)
    shutil.copy(CORPUS / "107_premiere-date.txt", world.seeds / "107.txt")
    await world.ingested("107.txt", Outcome.NEW)
    await world.idle()
    (row,) = await outbox(world.db)
    assert row["status"] == "failed"
    reply = await world.reply("alerts status", guild_id=world.a.id, member_permissions=MODERATOR)
    (embed,) = reply["embeds"]
    failures = next(f for f in embed["fields"] if f["name"] == "Not delivered")
    assert "no longer exists" in failures["value"]
    route = next(f for f in embed["fields"] if f["name"] == "1. Channel")
    assert "⚠ the alerts channel no longer exists" in route["value"]
    # It cannot be picked as an option any more: the status offers to turn it off.
    buttons = {b["label"]: b["custom_id"] for b in reply["components"][0]["components"]}
    off = buttons["Turn off route 1 (its channel is gone)"]
    pressed = await world.fake.component(off, reply["id"], member_permissions=MODERATOR)
    answer = await pressed.wait_followup(0, WAIT)
    assert answer["embeds"][0]["title"] == "News alerts off"
    reply = await world.reply("alerts status", guild_id=world.a.id, member_permissions=MODERATOR)
    assert reply["embeds"][0]["title"] == "News alerts are off"


async def test_a_channel_the_bot_cannot_post_in_is_refused_with_what_is_missing(
    world: World,
) -> None:
    world.news(world.a).deny_everyone(world.a.id, SEND_MESSAGES)
    await world.fake.update_channel(world.news(world.a))
    reply = await world.reply(
        "alerts set",
        {"channel": world.news(world.a)},
        guild_id=world.a.id,
        member_permissions=MODERATOR,
    )
    assert "Send Messages" in reply["embeds"][0]["description"]
    reply = await world.reply("alerts status", guild_id=world.a.id, member_permissions=MODERATOR)
    assert reply["embeds"][0]["title"] == "News alerts are off"


async def test_a_moderator_of_one_server_cannot_see_or_change_another(world: World) -> None:
    await world.reply(
        "alerts set",
        {"channel": world.news(world.a)},
        guild_id=world.a.id,
        member_permissions=MODERATOR,
    )
    status_b = await world.reply("alerts status", guild_id=world.b.id, member_permissions=MODERATOR)
    assert status_b["embeds"][0]["title"] == "News alerts are off"
    assert str(world.news(world.a).id) not in str(status_b)
    await world.reply("alerts off", guild_id=world.b.id, member_permissions=MODERATOR)
    # A's own channel option cannot be set from B: the channel is not in B.
    with pytest.raises(ValueError, match="not in guild"):
        await world.fake.slash(
            "alerts set",
            {"channel": world.news(world.a)},
            guild_id=world.b.id,
            channel_id=world.news(world.a).id,
        )
    member = await world.reply("alerts off", guild_id=world.a.id)  # no Manage Server
    assert "Manage Server" in member["embeds"][0]["description"]
    status_a = await world.reply("alerts status", guild_id=world.a.id, member_permissions=MODERATOR)
    route = next(f for f in status_a["embeds"][0]["fields"] if f["name"] == "1. Channel")
    assert f"<#{world.news(world.a).id}>" in route["value"]


async def test_alerts_test_posts_a_sample_that_pings_nobody(world: World) -> None:
    await subscribe(world.db, world.a.id, world.news(world.a).id, world.role.id)
    reply = await world.reply("alerts test", guild_id=world.a.id, member_permissions=MODERATOR)
    assert reply["embeds"][0]["title"] == "Test alert sent"
    sample = await world.fake.wait_for_channel_message(world.news(world.a).id, WAIT)
    assert sample["embeds"][0]["title"].startswith("Test alert")
    post = world.fake.calls("/channels/{channel_id}/messages", "POST")[-1]
    assert post.body["allowed_mentions"] == {"parse": []}


@pytest.mark.parametrize(
    "title", ["../../etc/passwd", "x" * 300, "🎬 Big Premiere News 🎉", "@everyone news"]
)
async def test_news_add_with_a_hostile_title_writes_a_safe_file_and_pings_nobody(
    world: World, title: str
) -> None:
    await subscribe(world.db, world.a.id, world.news(world.a).id)
    before = set(world.seeds.iterdir())
    reply = await world.reply(
        "news add",
        {"title": title, "body": "Netflix confirmed the news today. @everyone should read it."},
        guild_id=world.a.id,
        member_permissions=MODERATOR,
    )
    assert reply["embeds"][0]["title"].startswith("Added")
    (new_file,) = set(world.seeds.iterdir()) - before
    assert new_file.parent == world.seeds and new_file.name.endswith(".txt")
    assert not (world.seeds.parent / "etc").exists()
    alert = await world.fake.wait_for_channel_message(world.news(world.a).id, WAIT)
    await world.idle()
    assert not alert["content"]
    for call in world.fake.calls("*", "POST"):
        if isinstance(call.body, dict) and "allowed_mentions" in call.body:
            assert call.body["allowed_mentions"]["parse"] == [], call.path
    for call in world.fake.interactions[-1].callbacks:
        assert call.data.get("allowed_mentions", {"parse": []})["parse"] == []


async def test_news_add_elsewhere_says_the_operator_manages_news(world: World) -> None:
    before = set(world.seeds.iterdir())
    reply = await world.reply(
        "news add",
        {"title": "Hello", "body": "Some news."},
        guild_id=world.b.id,
        member_permissions=MODERATOR,
    )
    assert "managed by the bot's operator" in reply["embeds"][0]["description"]
    assert set(world.seeds.iterdir()) == before


async def test_news_remove_retracts_an_article_moderators_added(world: World) -> None:
    await world.reply(
        "news add",
        {"title": "A Short Note", "body": "Netflix confirmed the news today."},
        guild_id=world.a.id,
        member_permissions=MODERATOR,
    )
    (added,) = [p for p in world.seeds.iterdir() if "a-short-note" in p.name]
    await world.ingested(added.name, Outcome.NEW)
    choices = await world.fake.invoke_autocomplete(
        "news remove", "article", "short", guild_id=world.a.id
    )
    assert [c["value"] for c in choices.choices] == [added.name]
    reply = await world.reply(
        "news remove", {"article": added.name}, guild_id=world.a.id, member_permissions=MODERATOR
    )
    assert reply["embeds"][0]["title"] == "Removed"
    await world.ingested(added.name, Outcome.REMOVED)
    refused = await world.reply(
        "news remove",
        {"article": "000_f65b949458870bbc.txt"},
        guild_id=world.a.id,
        member_permissions=MODERATOR,
    )
    assert refused["embeds"][0]["title"] == "Not found"
    assert (world.seeds / "000_f65b949458870bbc.txt").exists()


async def test_the_premiere_becomes_a_scheduled_event_that_moves_with_the_date(
    world: World,
) -> None:
    await subscribe(world.db, world.a.id, world.news(world.a).id)
    reply = await world.reply("alerts events on", guild_id=world.a.id, member_permissions=MODERATOR)
    assert reply["embeds"][0]["title"] == "Premiere events on"
    (world.seeds / "announced.txt").write_text(PREMIERE_ANNOUNCED, "utf-8")
    await world.fake.wait_until(lambda: bool(world.fake.scheduled_events), WAIT)
    (event,) = world.fake.scheduled_events.values()
    assert event["scheduled_start_time"].startswith("2032-02-13")
    assert event["entity_type"] == 3 and event["privacy_level"] == 2
    (world.seeds / "moved.txt").write_text(PREMIERE_MOVED, "utf-8")
    await world.fake.wait_until(
        lambda: event["scheduled_start_time"].startswith("2032-02-27"), WAIT
    )
    assert len(world.fake.scheduled_events) == 1
    status = await world.reply("alerts status", guild_id=world.a.id, member_permissions=MODERATOR)
    field = next(f for f in status["embeds"][0]["fields"] if f["name"] == "Premiere event")
    assert event["id"] in field["value"]


async def test_without_manage_events_the_bot_says_so_once(world: World) -> None:
    await subscribe(world.db, world.b.id, world.news(world.b).id)
    reply = await world.reply("alerts events on", guild_id=world.b.id, member_permissions=MODERATOR)
    assert "Manage Events" in reply["embeds"][0]["description"]
    (world.seeds / "announced.txt").write_text(PREMIERE_ANNOUNCED, "utf-8")
    await world.ingested("announced.txt", Outcome.NEW)
    await world.idle()
    status = await world.reply("alerts status", guild_id=world.b.id, member_permissions=MODERATOR)
    field = next(f for f in status["embeds"][0]["fields"] if f["name"] == "Premiere event")
    assert "Manage Events" in field["value"]
    attempts = world.fake.calls("/guilds/{guild_id}/scheduled-events", "POST")
    assert len(attempts) == 1
    (world.seeds / "other.txt").write_text(PREMIERE_ANNOUNCED.replace("Gets", "Has"), "utf-8")
    await world.ingested("other.txt", Outcome.NEW)
    assert len(world.fake.calls("/guilds/{guild_id}/scheduled-events", "POST")) == 1
