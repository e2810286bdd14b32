"""Exactly once, whatever the operator does: real ``python -m bot`` processes side by side.

Two ``seed``s at once, a ``seed`` beside a running bot, a second ``run``, a burst of files, a
seeds folder replaced under the bot. Every test ends by counting, at the fake Discord, how often
each (server, article) was announced (a digest counts once for each article it lists): every
one exactly once.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sqlite3
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db.connection import open_database
from tests.alerts.helpers import subscribe
from tests.botprocess import BotProcess, news_servers, subscribed_history
from tests.fakediscord import FakeChannel, FakeDiscord, FakeGuild, FakeRole
from tests.hardening.helpers import PYTHON, alerts_posted, bot_env, write_invented_articles

WAIT = 60.0
pytestmark = pytest.mark.timeout(180)  # bots start slowly on a busy machine; WAIT bounds each step


def _expected(guilds: list[FakeGuild], files: list[Path]) -> Counter[tuple[int, str]]:
    return Counter({(guild.id, path.name): 1 for guild in guilds for path in files})


def _outbox(database: Path) -> list[tuple[int, str, str, str | None]]:
    """(guild, kind, status, content hash) of every alert, read beside the other processes."""
    with contextlib.closing(sqlite3.connect(database, timeout=10)) as conn:
        return list(conn.execute("SELECT guild_id, kind, status, content_hash FROM alert_outbox"))


async def _all_delivered(database: Path, articles: int) -> None:
    """Until the outbox holds ``articles`` article alerts and nothing is left to deliver."""

    def done() -> bool:
        rows = _outbox(database)
        queued = sum(1 for _, kind, _, _ in rows if kind == "article")
        return queued >= articles and all(status in ("sent", "digested") for *_, status, _ in rows)

    async with asyncio.timeout(WAIT):
        while not done():  # noqa: ASYNC110 - other processes own the database: look again
            await asyncio.sleep(0.1)


async def _seed(database: Path, seeds: Path, cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        PYTHON,
        "-m",
        "bot",
        "seed",
        "--db",
        str(database),
        "--seeds",
        str(seeds),
        cwd=cwd,
        env=bot_env(),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _finished(process: asyncio.subprocess.Process) -> tuple[int, str]:
    out, err = await asyncio.wait_for(process.communicate(), WAIT)
    assert process.returncode is not None
    return process.returncode, (out + err).decode(errors="replace")


@contextlib.asynccontextmanager
async def _running(bot: BotProcess, fake: FakeDiscord) -> AsyncIterator[None]:
    """``python -m bot run`` for the block, connected; stopped (SIGINT) after it."""
    await bot.start()
    try:
        await fake.wait_ready(timeout=WAIT)
        yield
    finally:
        await bot.stop()


async def _watching(bot: BotProcess) -> None:
    """Until the bot process has read its folder once more and watches it."""
    async with asyncio.timeout(WAIT):
        while "for new articles" not in bot.logs():  # noqa: ASYNC110 - another process's log
            await asyncio.sleep(0.05)


def _drop(staging: Path, seeds: Path) -> None:
    """Move every file of ``staging`` into the seeds folder at once (renames: no half files)."""
    for path in sorted(staging.iterdir()):
        path.rename(seeds / path.name)


@pytest.fixture
async def fake(tmp_path: Path, seeds_dir: Path) -> AsyncIterator[FakeDiscord]:
    """Servers A and B, each subscribed with its #news; the seeds already seeded (history)."""
    guilds = news_servers()
    await subscribed_history(tmp_path / "data" / "bot.db", seeds_dir, guilds)
    async with FakeDiscord(guilds=guilds, redirect_client=False) as fake:
        yield fake


async def test_two_seeds_at_once_queue_and_post_each_alert_once(
    fake: FakeDiscord, tmp_path: Path, seeds_dir: Path
) -> None:
    database = tmp_path / "data" / "bot.db"
    new = write_invented_articles(seeds_dir, 300, seed=13)
    first = await _seed(database, seeds_dir, tmp_path)
    second = await _seed(database, seeds_dir, tmp_path)
    for code, output in [await _finished(first), await _finished(second)]:
        assert code == 0, output
    rows = [row for row in _outbox(database) if row[1] == "article"]
    assert len(rows) == len({(guild, content) for guild, _, _, content in rows}) == 600

    bot = BotProcess(tmp_path, fake)
    await bot.start()
    try:
        await _all_delivered(database, 600)
    finally:
        await bot.stop()
    assert alerts_posted(fake.all_bot_messages(), database) == _expected(fake.guilds, new)


async def test_seed_beside_a_running_bot_posts_each_alert_once(
    fake: FakeDiscord, tmp_path: Path, seeds_dir: Path
) -> None:
    database = tmp_path / "data" / "bot.db"
    staging = tmp_path / "staging"
    new = write_invented_articles(staging, 150, seed=17)
    bot = BotProcess(tmp_path, fake)
    async with _running(bot, fake):
        _drop(staging, seeds_dir)  # the bot's watcher and the seed race for the same files
        code, output = await _finished(await _seed(database, seeds_dir, tmp_path))
        assert code == 0, output
        await _all_delivered(database, 300)
    expected = _expected(fake.guilds, [seeds_dir / path.name for path in new])
    assert alerts_posted(fake.all_bot_messages(), database) == expected, bot.logs()[-3000:]


async def test_alerts_another_program_queued_are_delivered_by_the_running_bot(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """Only ``seed`` sees these files (another folder): the bot learns of their alerts from
    the database alone."""
    database = tmp_path / "data" / "bot.db"
    elsewhere = tmp_path / "elsewhere"
    new = write_invented_articles(elsewhere, 2, seed=19)
    async with _running(BotProcess(tmp_path, fake), fake):
        code, output = await _finished(await _seed(database, elsewhere, tmp_path))
        assert code == 0, output
        await fake.wait_until(lambda: len(fake.all_bot_messages()) >= 4, timeout=30)
        await _all_delivered(database, 4)
    assert alerts_posted(fake.all_bot_messages(), database) == _expected(fake.guilds, new)


async def test_a_second_run_on_the_same_database_exits_1_naming_the_first(
    fake: FakeDiscord, tmp_path: Path, seeds_dir: Path
) -> None:
    database = tmp_path / "data" / "bot.db"
    first = BotProcess(tmp_path, fake)
    second = BotProcess(tmp_path, fake)
    await first.start()
    try:
        await fake.wait_ready(timeout=WAIT)
        await second.start()
        assert second.proc is not None and first.proc is not None
        assert await asyncio.wait_for(second.proc.wait(), WAIT) == 1
        log = (tmp_path / "bot-1.log").read_text()
        assert "already running" in log and f"process {first.proc.pid}" in log, log
        assert "Traceback" not in log
        new = write_invented_articles(tmp_path / "staging", 2, seed=23)
        _drop(tmp_path / "staging", seeds_dir)
        await _all_delivered(database, 4)
    finally:
        await first.stop()
    assert first.proc.returncode == 0
    expected = _expected(fake.guilds, [seeds_dir / path.name for path in new])
    assert alerts_posted(fake.all_bot_messages(), database) == expected
    assert fake.gateway.ready_count == 1  # the second never connected


async def test_a_burst_of_200_files_with_a_role_set_is_one_digest_with_one_ping(
    tmp_path: Path, seeds_dir: Path
) -> None:
    role = FakeRole(name="News pings")
    guild = FakeGuild(name="A", channels=[FakeChannel(name="news")], roles=[role])
    database = tmp_path / "data" / "bot.db"
    await subscribed_history(database, seeds_dir, [guild])
    async with open_database(database) as db:
        await subscribe(db, guild.id, guild.text_channel.id, role.id)
    staging = tmp_path / "staging"
    new = write_invented_articles(staging, 200, seed=29)
    async with FakeDiscord(guilds=[guild], redirect_client=False) as fake:
        # A settle time well above what 200 renames take, so the burst is one ingest.
        bot = BotProcess(tmp_path, fake, env={"SEEDS_SETTLE_MS": "1500"})
        await bot.start()
        try:
            await _watching(bot)  # its first look at the folder is over: one ingest follows
            _drop(staging, seeds_dir)
            await _all_delivered(database, 200)
        finally:
            await bot.stop()
        messages = fake.channel_messages(guild.text_channel.id)
        assert len(messages) == 1, ([m["embeds"][0]["title"] for m in messages], bot.logs())
        (digest,) = messages
    assert digest["embeds"][0]["title"] == "News: 200 new articles"
    assert digest["content"] == f"<@&{role.id}>"
    posts = [c for c in fake.calls("/channels/{channel_id}/messages", "POST") if c.status == 200]
    assert [[int(r) for r in c.body["allowed_mentions"]["roles"]] for c in posts] == [[role.id]]
    expected = _expected([guild], [seeds_dir / path.name for path in new])
    assert alerts_posted([digest], database) == expected


async def test_a_seeds_folder_replaced_under_a_running_bot_is_watched_again(
    fake: FakeDiscord, tmp_path: Path, seeds_dir: Path
) -> None:
    """``rm -rf seeds && mkdir seeds``, the files copied back and one new: the bot says so,
    watches the new folder, announces the new article once and the restored ones never."""
    database = tmp_path / "data" / "bot.db"
    kept = tmp_path / "kept"
    shutil.copytree(seeds_dir, kept)
    bot = BotProcess(tmp_path, fake)
    async with _running(bot, fake):
        await _watching(bot)
        shutil.rmtree(seeds_dir)
        seeds_dir.mkdir()
        for path in kept.iterdir():
            shutil.copy(path, seeds_dir / path.name)
        (first,) = write_invented_articles(tmp_path / "staging", 1, seed=31)
        _drop(tmp_path / "staging", seeds_dir)
        await _all_delivered(database, 2)
        (second,) = write_invented_articles(tmp_path / "later", 1, seed=37)
        second = second.rename(second.with_name("later.txt"))
        _drop(tmp_path / "later", seeds_dir)  # watched: the new folder, not the old one
        await _all_delivered(database, 4)
    assert "was replaced" in bot.logs(), bot.logs()
    expected = _expected(fake.guilds, [seeds_dir / first.name, seeds_dir / "later.txt"])
    assert alerts_posted(fake.all_bot_messages(), database) == expected
