"""Exactly once across kill -9: ``python -m bot run`` killed at each step, then restarted.

The bot runs as a real subprocess against the fake Discord (started here, on 127.0.0.1,
reached through ``DISCORD_API_BASE``/``DISCORD_GATEWAY_URL``). The fake holds the bot's
message requests to stop it at precise points: before a message exists, and after it exists
but before the bot hears back. Every alert must arrive exactly once in the end.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.alerts.helpers import CORPUS
from tests.botprocess import BotProcess, news_servers, subscribed_history
from tests.fakediscord import (
    READ_MESSAGE_HISTORY,
    FakeDiscord,
    MessageGate,
)

ROOT = Path(__file__).resolve().parents[2]
WAIT = 30.0
ARTICLES_WHILE_DOWN = ["101_new-characters.txt", "107_premiere-date.txt"]
BACKLOG = [
    "102_filming-begins.txt",
    "103_mod-update.txt",
    "105_filming-wraps.txt",
    "106_title-reveal.txt",
]


def alert_rows(tmp: Path) -> list[tuple[int, str, str, int | None]]:
    """(guild, kind, status, message id) of every alert, read beside the running bot."""
    with sqlite3.connect(tmp / "data" / "bot.db", timeout=5) as conn:
        return list(
            conn.execute("SELECT guild_id, kind, status, message_id FROM alert_outbox ORDER BY id")
        )


@pytest.fixture(params=["history readable", "history hidden"])
async def world(
    request: pytest.FixtureRequest, tmp_path: Path, seeds_dir: Path
) -> AsyncIterator[tuple[FakeDiscord, BotProcess]]:
    """Two subscribed servers; with "history hidden" the bot cannot look back in the channel,
    so only the message nonce (``enforce_nonce``) stands between a retry and a duplicate."""
    guilds = news_servers()
    if request.param == "history hidden":
        for guild in guilds:
            guild.text_channel.deny_everyone(guild.id, READ_MESSAGE_HISTORY)
    await subscribed_history(tmp_path / "data" / "bot.db", seeds_dir, guilds)
    async with FakeDiscord(guilds=guilds, redirect_client=False) as fake:
        process = BotProcess(tmp_path, fake)
        try:
            yield fake, process
        finally:
            await process.stop()
            for gate in [fake.message_gate]:
                if gate is not None:
                    gate.drop_held = True
                    gate.release.set()


@pytest.mark.slow
async def test_a_kill_at_any_step_then_a_restart_delivers_every_alert_exactly_once(
    world: tuple[FakeDiscord, BotProcess], tmp_path: Path
) -> None:
    fake, bot = world
    channels = [guild.text_channel.id for guild in fake.guilds]
    for name in ARTICLES_WHILE_DOWN:  # arrive while the bot is down
        shutil.copy(CORPUS / name, tmp_path / "seeds" / name)

    # 1. Killed after the start-up ingest committed, before anything was sent.
    before = MessageGate("before")
    fake.message_gate = before
    await bot.start()
    await fake.wait_until(lambda: before.held >= 1, WAIT)
    await bot.kill()
    assert fake.all_bot_messages() == []
    assert len(alert_rows(tmp_path)) == 4  # queued with the articles, nothing lost

    # 2. Killed after Discord created a message, before the bot recorded it.
    after = MessageGate("after")
    fake.message_gate = after
    await bot.start()
    await fake.wait_until(lambda: after.held >= 1, WAIT)
    await bot.kill()
    assert len(fake.all_bot_messages()) == 1
    before.drop_held = True
    before.release.set()

    # 3. A clean restart delivers the rest, and not the interrupted one again.
    fake.message_gate = None
    after.release.set()
    await bot.start()
    await fake.wait_until(lambda: len(fake.all_bot_messages()) >= 4, WAIT)
    await _wait_all_recorded(tmp_path, 4)

    # 4. More than three articles while down: one catch-up digest per server.
    await bot.stop()
    for name in BACKLOG:
        shutil.copy(CORPUS / name, tmp_path / "seeds" / name)
    await bot.start()
    await fake.wait_until(lambda: len(fake.all_bot_messages()) >= 6, WAIT)
    await _wait_all_recorded(tmp_path, 6)
    await bot.stop()

    for channel in channels:
        messages = fake.channel_messages(channel)
        titles = [m["embeds"][0]["title"] for m in messages]
        assert len(titles) == len(set(titles)) == 3, (titles, bot.logs())
        assert titles[-1] == "Catch-up: 4 new articles"
    rows = alert_rows(tmp_path)
    sent = sorted(message_id for *_, status, message_id in rows if status == "sent")
    assert sent == sorted(int(m["id"]) for m in fake.all_bot_messages())
    assert sorted(status for *_, status, _ in rows).count("digested") == 8


async def _wait_all_recorded(tmp: Path, count: int) -> None:
    """Until the bot process has recorded ``count`` deliveries in its database."""
    async with asyncio.timeout(WAIT):
        # Another process owns the database: there is no event to wait on, so look again.
        while sum(1 for *_, status, _ in alert_rows(tmp) if status == "sent") < count:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
