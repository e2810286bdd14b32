"""Kill -9 at random points, 20 times, restarting each time: nothing is lost, nothing is
doubled, and the database stays sound.

Real subprocesses (``python -m bot seed`` and ``python -m bot run`` against the fake Discord
on 127.0.0.1) are killed with SIGKILL: no clean-up of any kind runs. The seed is killed at
points of its progress, read from the database beside it, never at a time, so the same
points are reached on a fast machine and a busy one; they are random but reproducible (a
seeded generator).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from bot.db.connection import open_database
from bot.ingestion.pipeline import ingest_folder
from tests.alerts.helpers import CORPUS
from tests.botprocess import BotProcess, news_servers, subscribed_history
from tests.fakediscord import FakeDiscord
from tests.hardening.helpers import PYTHON, bot_env, write_invented_articles

KILLS = 20
ARTICLES = 1_000
POINTS_PER_SEED = 10
"""Random article counts drawn for each seed from an empty database; those a run overshot
are passed over, so a seed gives a few kills and the test seeds again until it has 20."""
CREATED = 0
"""The first point of every seed: the database file exists (its schema is being created)."""
POLL_SECONDS = 0.005
FACT_TABLES = ("roles", "crew_credits", "release_statements", "quotes", "mentions")


async def _start(args: list[str], cwd: Path, log: Path) -> asyncio.subprocess.Process:
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            PYTHON, "-m", "bot", *args, cwd=cwd, env=bot_env(), stdout=out, stderr=out
        )


async def _kill_after(process: asyncio.subprocess.Process, delay: float) -> bool:
    """SIGKILL after ``delay`` seconds; False if the process had already finished."""
    try:
        await asyncio.wait_for(process.wait(), delay)
    except TimeoutError:
        process.kill()
        await process.wait()
        return True
    return False


def _stored(database: Path) -> int:
    """How far a seed has got: the articles the database holds (committed), read from here.

    -1 before the file exists; 0 while its schema is still being created.
    """
    if not database.exists():
        return -1
    try:
        with contextlib.closing(sqlite3.connect(database, timeout=5)) as conn:
            count: int = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # no table yet, or the schema's transaction holds the lock
        return 0
    return count


async def _kill_at(process: asyncio.subprocess.Process, database: Path, point: int) -> int:
    """SIGKILL as soon as the seed has stored ``point`` articles (:data:`CREATED`: once the
    database file exists); its exit status (``-SIGKILL`` when cut, 0 if it finished first)."""
    while _stored(database) < point:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), POLL_SECONDS)
        if process.returncode is not None:
            break
    with contextlib.suppress(ProcessLookupError):
        process.kill()
    return await process.wait()


def _facts(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every fact, with its article's file name, sorted: comparable across databases."""
    with sqlite3.connect(database) as conn:
        found = {}
        for table in FACT_TABLES:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            kept = [c for c in columns if c not in ("id", "article_id")]
            query = (
                f"SELECT a.file_name, {', '.join(f't.{c}' for c in kept)} FROM {table} AS t "
                "JOIN articles AS a ON a.id = t.article_id"
            )
            found[table] = sorted(conn.execute(query), key=repr)
        return found


def _assert_sound(database: Path) -> None:
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.slow
@pytest.mark.timeout(900)  # a hang guard only: a busy machine takes several times a quiet one's
async def test_kill_9_at_random_points_during_a_1000_article_seed_loses_and_doubles_nothing(
    tmp_path: Path,
) -> None:
    """Each seed starts from an empty database and is killed where it has got to: as the
    database is created, then once it holds a random number of articles (so inside the next
    batch, or in the name rebuild after the last). Restarted after every kill, it must end
    with each article once and the facts of one uninterrupted seed."""
    seeds = tmp_path / "seeds"
    write_invented_articles(seeds, ARTICLES)
    reference = tmp_path / "reference.db"
    async with open_database(reference) as db:
        await ingest_folder(db, seeds)
    expected = _facts(reference)
    log = tmp_path / "seed.log"
    rng = random.Random(20250601)
    cut = 0
    for number in range(KILLS):  # each seed cuts at least once, as its database is created
        database = tmp_path / f"seed-{number}" / "bot.db"
        seed = ["seed", "--db", str(database), "--seeds", str(seeds)]
        points = [CREATED, *sorted(rng.sample(range(1, ARTICLES + 1), POINTS_PER_SEED))]
        for point in points:
            if cut == KILLS:
                break
            if point <= _stored(database):
                continue  # an earlier run got past it
            process = await _start(seed, tmp_path, log)
            status = await _kill_at(process, database, point)
            assert status in (-signal.SIGKILL, 0), log.read_text(errors="replace")[-3000:]
            cut += status == -signal.SIGKILL
            if database.exists():
                _assert_sound(database)

        final = await _start(seed, tmp_path, log)
        assert await final.wait() == 0, log.read_text(errors="replace")[-3000:]
        _assert_sound(database)
        with sqlite3.connect(database) as conn:
            names = [row[0] for row in conn.execute("SELECT file_name FROM articles")]
        assert sorted(names) == sorted(path.name for path in seeds.iterdir())  # each once
        assert _facts(database) == expected  # the same facts, none doubled
        if cut == KILLS:
            break
    assert cut == KILLS, log.read_text(errors="replace")  # every kill really cut a seed


# ------------------------------------------------------------------------- alerts pending
ALERT_ARTICLES = sorted(path.name for path in CORPUS.glob("*.txt"))


@pytest.mark.slow
@pytest.mark.timeout(420)  # a hang guard only, as in _wait_all_settled
async def test_kill_9_at_random_points_while_alerts_are_pending_delivers_each_exactly_once(
    tmp_path: Path, seeds_dir: Path
) -> None:
    guilds = news_servers()
    database = tmp_path / "data" / "bot.db"
    await subscribed_history(database, seeds_dir, guilds)
    rng = random.Random(20250602)
    async with FakeDiscord(guilds=guilds, redirect_client=False) as fake:
        record = fake.record_bot_message

        async def slow_record(channel_id: int, body: dict[str, object]) -> dict[str, object]:
            message = await record(channel_id, body)
            await asyncio.sleep(rng.uniform(0, 0.2))  # widen the window between post and reply
            return message

        fake.record_bot_message = slow_record  # type: ignore[method-assign]
        bot = BotProcess(tmp_path, fake, env={"SEEDS_SETTLE_MS": "50"})
        pending = list(ALERT_ARTICLES)
        for round_ in range(KILLS):
            if pending and round_ % 2 == 0:  # articles keep arriving, also while it runs
                shutil.copy(CORPUS / pending.pop(0), seeds_dir)
            await bot.start()
            if pending and rng.random() < 0.5:
                await asyncio.sleep(rng.uniform(0.2, 1.0))
                shutil.copy(CORPUS / pending.pop(0), seeds_dir)
            assert bot.proc is not None
            await _kill_after(bot.proc, rng.uniform(0.3, 2.0))
            _assert_sound(database)
        for name in pending:
            shutil.copy(CORPUS / name, seeds_dir)

        await bot.start()
        try:
            await _wait_all_settled(database, len(ALERT_ARTICLES) * len(guilds))
        finally:
            await bot.kill()
        _assert_sound(database)

        with sqlite3.connect(database) as conn:
            rows = conn.execute(
                "SELECT guild_id, status, message_id FROM alert_outbox ORDER BY id"
            ).fetchall()
            articles = conn.execute(
                "SELECT count(*) FROM alert_outbox WHERE kind = 'article'"
            ).fetchone()[0]
        assert articles == len(ALERT_ARTICLES) * len(guilds)  # one per article and server
        assert {status for _, status, _ in rows} <= {"sent", "digested"}, rows
        sent = sorted(message_id for _, status, message_id in rows if status == "sent")
        posted = fake.all_bot_messages()
        assert sent == sorted(int(m["id"]) for m in posted), bot.logs()[-4000:]
        for guild in guilds:
            titles = [m["embeds"][0]["title"] for m in fake.channel_messages(guild.text_channel.id)]
            assert len(titles) == len(set(titles)), titles  # nothing posted twice


async def _wait_all_settled(database: Path, count: int) -> None:
    """Until the other process has queued ``count`` article alerts and every alert row
    (articles and the digests a restart folds a backlog into) is sent or digested."""

    def statuses() -> list[tuple[str, str]]:
        with sqlite3.connect(database, timeout=5) as conn:
            return conn.execute("SELECT kind, status FROM alert_outbox").fetchall()

    def settled() -> bool:
        now = statuses()
        articles = sum(kind == "article" for kind, _ in now)  # digests fold a backlog of them
        return articles == count and all(status in ("sent", "digested") for _, status in now)

    try:  # a hang guard only: a busy machine restarts the bot several times slower
        async with asyncio.timeout(150):
            while not settled():  # noqa: ASYNC110 - another process owns the database
                await asyncio.sleep(0.1)
    except TimeoutError:
        raise AssertionError(f"not settled: {sorted(statuses())}") from None
