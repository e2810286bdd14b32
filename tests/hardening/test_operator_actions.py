"""Exactly once, whatever the operator or a moderator does, tried on the running bot: renames
and restores, a retried ``/news add``, a paused writer, an alert in doubt in a busy channel, a
full disk. Alerts are counted per (server, article) at the fake Discord."""

from __future__ import annotations

import asyncio
import logging
import random
import shutil
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from bot.db.connection import Database
from bot.db.outbox import claim_due
from bot.ingestion.pipeline import Outcome
from tests.alerts.helpers import CORPUS, outbox, subscribe
from tests.fakediscord import READ_MESSAGE_HISTORY
from tests.hardening.helpers import alerts_posted, invented_article, text_of
from tests.world import MODERATOR, WAIT, World

BUSY_CHANNEL_MESSAGES = 150
"""More than one page of history (100), and three times what the bot once looked back."""


async def _until(condition: Callable[[], bool]) -> None:
    """Until ``condition()`` holds, for state of the bot in this process."""
    async with asyncio.timeout(WAIT):
        while not condition():  # noqa: ASYNC110 - the bot's state has no event to wait on
            await asyncio.sleep(0.02)


async def _article_id(db: Database, file_name: str) -> int:
    async with (
        db.reading() as conn,
        conn.execute("SELECT id FROM articles WHERE file_name = ?", (file_name,)) as cursor,
    ):
        row = await cursor.fetchone()
    assert row is not None, file_name
    return int(row[0])


async def test_renaming_deleting_restoring_and_copying_an_article_alerts_nobody_again(
    world: World,
) -> None:
    await subscribe(world.db, world.a.id, world.news(world.a).id, world.role.id)
    text = invented_article(1, random.Random(5))
    (world.seeds / "news.txt").write_text(text, "utf-8")
    await world.ingested("news.txt")
    await world.idle()
    article = await _article_id(world.db, "news.txt")

    (world.seeds / "news.txt").rename(world.seeds / "renamed.txt")
    await world.ingested("renamed.txt", Outcome.RENAMED)
    assert await _article_id(world.db, "renamed.txt") == article  # same article, same quotes
    (world.seeds / "renamed.txt").unlink()
    await world.ingested("renamed.txt", Outcome.REMOVED)
    (world.seeds / "restored.txt").write_text(text, "utf-8")  # from a backup, another name
    await world.ingested("restored.txt", Outcome.NEW)
    shutil.copy(world.seeds / "restored.txt", world.seeds / "copy.txt")
    await world.ingested("copy.txt", Outcome.NEW)
    await world.idle()

    messages = world.fake.all_bot_messages()
    assert alerts_posted(messages, world.db.path) == Counter({(world.a.id, "news.txt"): 1})
    assert [m["content"] for m in messages] == [f"<@&{world.role.id}>"]  # pinged once
    assert len(await outbox(world.db)) == 1


async def test_the_same_news_add_sent_twice_writes_one_file_and_posts_one_alert(
    world: World,
) -> None:
    await subscribe(world.db, world.a.id, world.news(world.a).id)
    before = set(world.seeds.iterdir())
    options = {"title": "Linnea Okonkwo Joins", "body": "Linnea Okonkwo will play Wren Ashby."}
    replies = await asyncio.gather(  # a moderator retrying while the first is still running
        world.reply("news add", options, member_permissions=MODERATOR),
        world.reply("news add", options, member_permissions=MODERATOR),
    )
    (added,) = set(world.seeds.iterdir()) - before
    titles = sorted(reply["embeds"][0]["title"] for reply in replies)
    assert titles == ["Added: Linnea Okonkwo Joins", "Already added: Linnea Okonkwo Joins"]
    again = next(r for r in replies if r["embeds"][0]["title"].startswith("Already"))
    assert added.name in text_of(again)  # the second reply points to the first article
    await world.ingested(added.name)
    await world.idle()
    posted = alerts_posted(world.fake.all_bot_messages(), world.db.path)
    assert posted == Counter({(world.a.id, added.name): 1})


@pytest.mark.skipif(sys.platform != "linux", reason="close-after-write is Linux's inotify")
async def test_a_writer_that_pauses_longer_than_the_settle_time_is_read_once_complete(
    world: World,
) -> None:
    await subscribe(world.db, world.a.id, world.news(world.a).id)
    text = (CORPUS / "107_premiere-date.txt").read_bytes()
    settle = world.bot.settings.seeds_settle_seconds
    assert world.bot.ingestion is not None
    async with asyncio.timeout(WAIT):  # writers are followed from here on, not at start-up
        await world.bot.ingestion.watcher.wait_watching()
    with (world.seeds / "slow.txt").open("wb") as handle:
        handle.write(text[:60])  # the date line and a scrap of the lede
        handle.flush()
        await asyncio.sleep(settle * 5)  # the writer pauses, its file still open
        seen = {r.file_name for report in world.bot.ingestion.reports for r in report.results}
        assert "slow.txt" not in seen
        handle.write(text[60:])
    await world.ingested("slow.txt")
    await world.idle()
    (alert,) = world.fake.all_bot_messages()
    whats_new = next(f for f in alert["embeds"][0]["fields"] if f["name"] == "What's new")
    assert "**13 February 2026**" in whats_new["value"]  # announced, or premiered once past
    assert alerts_posted([alert], world.db.path) == Counter({(world.a.id, "slow.txt"): 1})


async def test_an_alert_in_doubt_in_a_busy_channel_past_the_nonce_window_is_not_posted_again(
    world: World,
) -> None:
    """Sent, then the bot died before recording it; 150 members' messages later, after
    Discord forgot its nonce, the bot starts again: it finds its message and records it."""
    assert world.bot.news_alerts is not None
    delivery = world.bot.news_alerts.delivery
    channel = world.news(world.a).id
    await subscribe(world.db, world.a.id, channel)
    await delivery.stop()  # the bot that sent it is gone
    (world.seeds / "doubt.txt").write_text(invented_article(2, random.Random(3)), "utf-8")
    await world.ingested("doubt.txt")
    (row,) = await claim_due(world.db, lease_seconds=0)
    footer = {"text": f"News alert #{row.id} · from the bot's news archive"}
    posted = await world.fake.record_bot_message(
        channel,
        {"embeds": [{"title": "x", "footer": footer}], "nonce": row.nonce, "enforce_nonce": True},
    )
    for number in range(BUSY_CHANNEL_MESSAGES):
        await world.fake.send_user_message(channel, f"chatting {number}")
    world.fake._nonces.clear()  # Discord's nonce window is over

    delivery.start()
    delivery.wake()
    await world.idle()
    assert world.fake.channel_messages(channel) == [posted]
    (stored,) = await outbox(world.db)
    assert (stored["status"], stored["message_id"]) == ("sent", int(posted["id"]))


async def test_without_read_message_history_alerts_set_and_status_say_so(world: World) -> None:
    world.news(world.a).deny_everyone(world.a.id, READ_MESSAGE_HISTORY)
    await world.fake.update_channel(world.news(world.a))
    options = {"channel": world.news(world.a)}
    accepted = await world.reply("alerts set", options, member_permissions=MODERATOR)
    assert "Read Message History" in text_of(accepted)
    status = await world.reply("alerts status", member_permissions=MODERATOR)
    assert "Read Message History" in text_of(status)


async def test_a_full_disk_is_logged_once_when_it_starts_and_ends_and_shown_in_alerts_status(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    await subscribe(world.db, world.a.id, world.news(world.a).id)
    tries: list[int] = []

    async def full(*_: Any, **__: Any) -> Any:
        tries.append(1)
        raise sqlite3.OperationalError("database or disk is full")

    caplog.set_level(logging.INFO)
    monkeypatch.setattr(world.db, "write_in_bulk", full)
    (world.seeds / "while-full.txt").write_text(invented_article(3, random.Random(1)), "utf-8")
    await _until(lambda: len(tries) >= 3)  # the watcher tried again and again
    status = await world.reply("alerts status", member_permissions=MODERATOR)
    assert "new articles cannot be stored: disk full" in text_of(status)
    monkeypatch.undo()
    await world.ingested("while-full.txt")
    await world.idle()

    lines = [r for r in caplog.records if "disk full" in r.getMessage()]
    assert [r.levelname for r in lines] == ["WARNING", "INFO"], [r.getMessage() for r in lines]
    assert not [r for r in caplog.records if r.exc_info], "no traceback for a full disk"
    assert alerts_posted(world.fake.all_bot_messages(), world.db.path) == Counter(
        {(world.a.id, "while-full.txt"): 1}
    )
