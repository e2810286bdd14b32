"""Alerts servers shape to their taste, end to end: several routes with filters and roles, a
forum, a pause, a resend, a test of a chosen article, a retraction. The real bot, the real
watcher, real files, the fake Discord."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.alerts.posting import find_posted, forum_of, post
from bot.answers.alerts import AlertRoute, NewsItem
from bot.db.connection import Database
from bot.ingestion.pipeline import Outcome
from bot.render.alert_cards import alert_card
from bot.render.embeds import DiscordStyle
from tests.alerts.helpers import CASTING, PREMIERE_ANNOUNCED, PREMIERE_MOVED, outbox
from tests.fakediscord import SEND_MESSAGES, FakeChannel, FakeGuild, FakeRole
from tests.fakediscord.models import JSON
from tests.world import MODERATOR, WAIT, World, bot_world, news_server

FILMING = (
    " date 2026-11-25 Cameras are rolling.\n"
    "Filming Is Under Way In London\n"
    "The crew gathered in London this week, the studio said.\n"
)


@pytest.fixture
async def world(db: Database, seeds_dir: Path) -> AsyncIterator[World]:
    """A has #general, #news, #dates, a forum and the alert role; B has #general and #news."""
    role = FakeRole(name="Date pings")
    channels = [
        FakeChannel(name="general"),
        FakeChannel(name="news"),
        FakeChannel(name="dates"),
        FakeChannel.forum("news-forum"),
    ]
    a = FakeGuild(name="A", channels=channels, roles=[role])
    async with bot_world(db, seeds_dir, [a, news_server("B")], role, seeds_settle_seconds=0.2) as w:
        yield w


def channel(world: World, name: str) -> FakeChannel:
    return next(c for c in world.a.channels if c.name == name)


async def set_route(world: World, where: FakeChannel, **options: Any) -> JSON:
    reply: JSON = await world.reply(
        "alerts set", {"channel": where, **options}, member_permissions=MODERATOR
    )
    assert reply["embeds"][0]["title"] == "News alerts on", reply
    return reply


async def arrive(world: World, name: str, text: str) -> None:
    """Drop an article in the seeds folder; return once it is read and its alerts are out."""
    (world.seeds / name).write_text(text, "utf-8")
    await world.ingested(name, Outcome.NEW)
    await world.idle()


def posts(world: World, where: FakeChannel) -> list[JSON]:
    return world.fake.channel_messages(where.id)


def field(message: JSON, name: str) -> str:
    value: str = next(f["value"] for f in message["embeds"][0]["fields"] if f["name"] == name)
    return value


async def test_a_dates_route_and_an_articles_route_each_get_what_they_asked_for(
    world: World,
) -> None:
    dates, news = channel(world, "dates"), channel(world, "news")
    await set_route(world, dates, only="dates", role=world.role)
    await set_route(world, news)
    await arrive(world, "announced.txt", PREMIERE_ANNOUNCED)
    await arrive(world, "moved.txt", PREMIERE_MOVED)
    await arrive(world, "cast.txt", CASTING)

    moved_in_dates = posts(world, dates)[-1]
    assert len(posts(world, dates)) == 2  # the date, then the moved date; not the casting
    assert "Premiere moved from" in field(moved_in_dates, "What's new")
    assert [m["content"] for m in posts(world, dates)] == [f"<@&{world.role.id}>"] * 2
    assert [m["embeds"][0]["title"] for m in posts(world, news)] == [
        "Heartstopper Forever Gets A Date",
        "Heartstopper Forever Is Delayed",
        "Orla Halvorsen Joins The Cast",
    ]
    assert not any(m["content"] for m in posts(world, news))  # no role: nobody pinged
    sent = world.fake.calls("/channels/{channel_id}/messages", "POST")
    for call in sent:
        roles = [int(r) for r in call.body["allowed_mentions"].get("roles", [])]
        assert call.body["allowed_mentions"]["parse"] == []
        assert roles == ([world.role.id] if call.path.split("/")[2] == str(dates.id) else [])


async def test_a_keyword_route_gets_only_the_articles_that_mention_a_keyword(world: World) -> None:
    news = channel(world, "news")
    reply = await set_route(world, news, keywords='"pim lisowski" Première')
    assert "mentioning “pim lisowski” or “Première”" in reply["embeds"][0]["description"]
    await arrive(world, "filming.txt", FILMING)
    await arrive(world, "cast.txt", CASTING)  # "Pim Lisowski"
    await arrive(world, "announced.txt", PREMIERE_ANNOUNCED)  # "will premiere"
    titles = [m["embeds"][0]["title"] for m in posts(world, news)]
    assert titles == ["Orla Halvorsen Joins The Cast", "Heartstopper Forever Gets A Date"]


async def test_setting_a_route_again_without_a_role_keeps_its_ping(world: World) -> None:
    news = channel(world, "news")
    await set_route(world, news, role=world.role)
    again = await set_route(world, news, only="cast")
    assert f"pings <@&{world.role.id}>" in again["embeds"][0]["description"]
    await arrive(world, "cast.txt", CASTING)
    (alert,) = posts(world, news)
    assert alert["content"] == f"<@&{world.role.id}>"
    await set_route(world, news, ping="off")
    await arrive(world, "moved.txt", CASTING.replace("Orla Halvorsen", "Bastian Thornquist"))
    assert not posts(world, news)[-1]["content"]


async def test_a_pause_keeps_the_alerts_and_resuming_posts_one_digest_with_one_ping(
    world: World,
) -> None:
    news = channel(world, "news")
    await set_route(world, news, role=world.role)
    paused = await world.reply("alerts pause", member_permissions=MODERATOR)
    assert paused["embeds"][0]["title"] == "News alerts paused"
    await arrive(world, "announced.txt", PREMIERE_ANNOUNCED)
    await arrive(world, "cast.txt", CASTING)
    await arrive(world, "filming.txt", FILMING)
    assert posts(world, news) == []
    status = await world.reply("alerts status", member_permissions=MODERATOR)
    assert "Waiting to be delivered: 3" in status["embeds"][0]["description"]
    resumed = await world.reply("alerts resume", member_permissions=MODERATOR)
    assert resumed["embeds"][0]["title"] == "News alerts resumed"
    digest = await world.fake.wait_for_channel_message(news.id, WAIT)
    await world.idle()
    assert posts(world, news) == [digest]
    assert digest["content"] == f"<@&{world.role.id}>"
    embed = digest["embeds"][0]
    assert embed["title"] == "Catch-up: 3 new articles"
    assert "Orla Halvorsen as Pim Lisowski" in embed["description"]
    assert "Premiere" in embed["description"]  # "on", or "Premiered on" once the day is past


async def test_resend_delivers_a_failed_alert_once_the_permission_is_back(world: World) -> None:
    news = channel(world, "news")
    await set_route(world, news)
    news.deny_everyone(world.a.id, SEND_MESSAGES)
    await world.fake.update_channel(news)
    await arrive(world, "cast.txt", CASTING)
    status = await world.reply("alerts status", member_permissions=MODERATOR)
    assert "I need the Send Messages permission" in field(status, "Not delivered")
    assert "⚠ I need the Send Messages permission" in field(status, "1. Channel")

    news.overwrites.clear()
    await world.fake.update_channel(news)
    status = await world.reply("alerts status", member_permissions=MODERATOR)
    assert "⚠" not in field(status, "1. Channel")  # fixed: the problem is gone
    (button,) = status["components"][0]["components"]
    assert button["label"] == "Resend: Orla Halvorsen Joins The Cast"
    pressed = await world.fake.component(
        button["custom_id"], status["id"], member_permissions=MODERATOR
    )
    answer = await pressed.wait_followup(0, WAIT)
    assert answer["embeds"][0]["title"] == "Alert resent"
    edited = await pressed.wait_original_edit(0, WAIT)
    (done,) = edited["components"][0]["components"]
    assert done["disabled"]  # it cannot be pressed twice
    alert = await world.fake.wait_for_channel_message(news.id, WAIT)
    await world.idle()
    assert posts(world, news) == [alert]
    after = await world.reply("alerts status", member_permissions=MODERATOR)
    assert "Not delivered" not in [f["name"] for f in after["embeds"][0]["fields"]]
    assert "Orla Halvorsen Joins The Cast" in field(after, "1. Channel")


async def test_alerts_test_shows_a_chosen_articles_whats_new_as_it_was(world: World) -> None:
    news = channel(world, "news")
    await set_route(world, news, role=world.role)
    await arrive(world, "announced.txt", PREMIERE_ANNOUNCED)
    await arrive(world, "moved.txt", PREMIERE_MOVED)
    choices = await world.fake.invoke_autocomplete(
        "alerts test", "article", "gets a date", guild_id=world.a.id
    )
    assert choices.choices[0]["value"] == "announced.txt"
    reply = await world.reply(
        "alerts test", {"article": "announced.txt"}, member_permissions=MODERATOR
    )
    assert reply["embeds"][0]["title"] == "Test alert sent"
    sample = await world.fake.wait_for_channel_message(
        news.id, WAIT, predicate=lambda m: m["embeds"][0]["title"].startswith("Test alert")
    )
    assert sample["embeds"][0]["title"] == "Test alert: Heartstopper Forever Gets A Date"
    assert "Premiere date announced" in field(sample, "What's new")  # as it was then
    assert sample["content"] == f"Test alert: <@&{world.role.id}> would be pinged."
    post = world.fake.calls("/channels/{channel_id}/messages", "POST")[-1]
    assert post.body["allowed_mentions"] == {"parse": []}


async def test_a_forum_route_gets_a_post_titled_with_the_headline(world: World) -> None:
    forum = channel(world, "news-forum")
    reply = await set_route(world, forum, role=world.role)
    assert "a new post for each alert" in reply["embeds"][0]["description"]
    await arrive(world, "announced.txt", PREMIERE_ANNOUNCED)
    ((thread, first),) = world.fake.forum_posts(forum.id)
    assert thread["name"] == "Heartstopper Forever Gets A Date"
    assert first["content"] == f"<@&{world.role.id}>"
    assert "Premiere date announced" in field(first, "What's new")
    (row,) = await outbox(world.db)
    assert (row["status"], row["thread_id"], row["message_id"]) == (
        "sent",
        int(thread["id"]),
        int(first["id"]),
    )
    status = await world.reply("alerts status", member_permissions=MODERATOR)
    link = f"https://discord.com/channels/{world.a.id}/{thread['id']}/{first['id']}"
    assert link in field(status, "1. Forum")


async def test_news_remove_edits_the_alerts_it_had_caused(world: World) -> None:
    news = channel(world, "news")
    await set_route(world, news)
    await world.reply(
        "news add",
        {
            "title": "Orla Halvorsen Joins The Cast",
            "body": "Orla Halvorsen will play Pim Lisowski in the film.",
            "url": "https://news.example/orla",
        },
        member_permissions=MODERATOR,
    )
    alert = await world.fake.wait_for_channel_message(news.id, WAIT)
    assert alert["embeds"][0]["url"] == "https://news.example/orla"
    file_name = next(p.name for p in world.seeds.iterdir() if "orla" in p.name)
    removed = await world.reply("news remove", {"article": file_name}, member_permissions=MODERATOR)
    assert removed["embeds"][0]["title"] == "Removed"
    await world.fake.wait_until(lambda: alert["embeds"][0]["title"].startswith("Retracted: "), WAIT)
    assert "retracted" in alert["embeds"][0]["description"]
    assert "url" not in alert["embeds"][0]
    assert posts(world, news) == [alert]  # edited, not posted again


async def test_an_interrupted_forum_post_is_found_before_it_is_sent_again(world: World) -> None:
    forum = channel(world, "news-forum")
    route = AlertRoute(world.a.id, forum.id, forum=True)
    item = NewsItem("a.txt", "Posted, then the bot died", None, "")
    card = alert_card(item, DiscordStyle(), alert_id=41)
    none = discord.AllowedMentions.none()
    tried = time.time()
    posted = await post(world.bot, route, card, nonce="x", content=None, mentions=none)
    await world.fake.wait_until(lambda: forum_of(world.bot, route).get_thread(posted.message_id))
    assert await find_posted(world.bot, route, 41, since=tried) == posted
    assert await find_posted(world.bot, route, 4, since=tried) is None  # "#4 " is not "#41 "
