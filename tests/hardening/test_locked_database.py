"""Another program holds the database's lock for longer than the busy timeout: members are
told to try again, nothing is lost or half-written, and the bot recovers when the lock goes."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.db.subscriptions import guild_routes
from bot.ingestion.pipeline import Outcome
from tests.hardening.helpers import PYTHON, bot_env, text_of
from tests.world import MODERATOR, WAIT, World

TRY_AGAIN = "please try again in a moment"

_LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("CREATE TABLE IF NOT EXISTS held_by_another_program (x)")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""

Locker = Callable[[str], AbstractAsyncContextManager[None]]


@pytest.fixture
def lock(world: World) -> Locker:
    """``async with lock("writes"):`` another process holds the database's write lock."""

    @asynccontextmanager
    async def held(what: str) -> AsyncIterator[None]:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            _LOCKER,
            str(world.db.path),
            what,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        assert process.stdin is not None and process.stdout is not None
        try:
            assert await process.stdout.readline() == b"locked\n"
            yield
        finally:
            process.stdin.write(b"\n")
            await process.stdin.drain()
            await process.wait()

    return held


async def test_alerts_set_while_the_database_is_locked_says_try_again_and_works_after(
    world: World, lock: Locker
) -> None:
    options = {"channel": world.news(world.a), "role": world.role}
    async with lock("writes"):
        refused = await world.reply("alerts set", options, member_permissions=MODERATOR)
        assert TRY_AGAIN in text_of(refused)
        assert not await guild_routes(world.db, world.a.id)  # nothing half-written
    accepted = await world.reply("alerts set", options, member_permissions=MODERATOR)
    assert "News alerts will be posted" in text_of(accepted)
    assert await guild_routes(world.db, world.a.id)


async def test_lookups_keep_answering_while_another_program_holds_the_write_lock(
    world: World, lock: Locker
) -> None:
    async with lock("writes"):
        answered = await world.reply("news latest")
        assert "Heartstopper" in text_of(answered)
        found = await world.reply("who-plays", {"character": "Nick"})
        assert "Kit Connor" in text_of(found)


async def test_news_add_while_locked_leaves_no_file_behind_and_a_retry_adds_it_once(
    world: World, lock: Locker
) -> None:
    before = sorted(world.seeds.iterdir())
    options = {"title": "Orla Halvorsen Joins", "body": "Orla Halvorsen will play Pim Lisowski."}
    async with lock("writes"):
        refused = await world.reply("news add", options, member_permissions=MODERATOR)
        assert TRY_AGAIN in text_of(refused)
        assert sorted(world.seeds.iterdir()) == before
    added = await world.reply("news add", options, member_permissions=MODERATOR)
    assert "Added" in text_of(added)
    new = [path.name for path in world.seeds.iterdir() if path not in before]
    assert len(new) == 1
    await world.ingested(new[0])


async def test_an_article_dropped_while_locked_is_ingested_when_the_lock_goes(
    world: World, lock: Locker
) -> None:
    async with lock("writes"):
        (world.seeds / "arrived-while-locked.txt").write_text(
            " date 2025-07-01 Tobiah Vandermolen will play Sable Achterberg.\n"
        )
        await asyncio.sleep(0.5)  # let the watcher try (and fail) while the lock is held
    await world.ingested("arrived-while-locked.txt", Outcome.NEW)
    async with (
        world.db.reading() as conn,
        conn.execute(
            "SELECT count(*) FROM articles WHERE file_name = 'arrived-while-locked.txt'"
        ) as cursor,
    ):
        assert (await cursor.fetchone())[0] == 1


async def test_seed_from_the_command_line_while_locked_says_so_and_changes_nothing(
    world: World, lock: Locker, tmp_path: Path
) -> None:
    (world.seeds / "new.txt").write_text(" date 2025-07-02 Ravi Okonkwo joins the cast.\n")
    if world.bot.ingestion is not None:  # only the command line touches the database
        await world.bot.ingestion.watcher.stop()
    async with lock("writes"):
        result = await asyncio.to_thread(
            subprocess.run,
            [PYTHON, "-m", "bot", "seed", "--db", str(world.db.path), "--seeds", str(world.seeds)],
            env=bot_env(DB_BUSY_TIMEOUT_MS="200"),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1
    assert "locked by another program" in result.stderr
    assert "Traceback" not in result.stderr
    async with (
        world.db.reading() as conn,
        conn.execute("SELECT count(*) FROM articles WHERE file_name = 'new.txt'") as cursor,
    ):
        assert (await cursor.fetchone())[0] == 0


async def test_a_lock_held_across_several_tries_is_logged_once_without_a_traceback(
    world: World, lock: Locker, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    assert world.bot.ingestion is not None
    watcher = world.bot.ingestion.watcher
    tries: list[int] = []
    write = world.db.write_in_bulk

    async def counted(*args: Any, **kwargs: Any) -> Any:
        tries.append(1)
        return await write(*args, **kwargs)

    monkeypatch.setattr(world.db, "write_in_bulk", counted)
    caplog.set_level(logging.INFO)
    async with lock("writes"):
        (world.seeds / "locked-out.txt").write_text(
            " date 2025-07-03 Quenby Lisowski will play Marlow Sable.\n"
        )
        async with asyncio.timeout(WAIT):
            while len(tries) < 3 or watcher.trouble.problem is None:  # noqa: ASYNC110
                await asyncio.sleep(0.02)
    await world.ingested("locked-out.txt", Outcome.NEW)
    lines = [r for r in caplog.records if "locked by another program" in r.getMessage()]
    assert [r.levelname for r in lines] == ["WARNING", "INFO"], [r.getMessage() for r in lines]
    assert not [r for r in caplog.records if r.exc_info], "no traceback for a lock"
