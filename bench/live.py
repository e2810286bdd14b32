"""Figures 3 to 6: the real bot as a process (``python -m bot run``) against the fake Discord.

End-to-end interaction latency against a minimal discord.py bot in the same run, alert
latency from a file written into the watched folder to the messages arriving, peak memory and
start-up time. Both bots are separate processes on 127.0.0.1, each with its own fake Discord
in this process; their calls alternate so that neither gets a quieter machine.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import random
import signal
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench.generate import GeneratedArticle, World
from bench.handlers import RecordingPresenter, _name_variant
from bench.stats import Latency, now
from bot.answers.alerts import RouteChange
from bot.client.fanbot import FanBot
from bot.config import load_settings
from bot.db.connection import open_database
from bot.db.subscriptions import save_route
from bot.knowledge import Knowledge
from tests.fakediscord import FakeChannel, FakeDiscord, FakeGuild, FakeUser

ROOT = Path(__file__).resolve().parents[1]
SERVERS = 20
WAIT = 60.0
_PING = {"name": "ping", "description": "Pong", "type": 1, "options": []}


@dataclass(frozen=True, slots=True)
class Counts:
    e2e_calls: int = 500
    commands: int = 1_000
    alert_files: int = 50
    members: int = 50_000
    """Distinct members asking, for what per-member state adds (it must stay bounded)."""


QUICK = Counts(e2e_calls=40, commands=100, alert_files=5, members=300)
IN_FLIGHT = 8
"""Interactions in flight at once during the members' run (no latency is measured there)."""


class BotProcess:
    """One bot process with its log file; stopped with SIGINT like a service manager would."""

    def __init__(self, name: str, args: list[str], env: Mapping[str, str], work: Path) -> None:
        self.name, self.args, self.env, self.work = name, args, env, work
        self.proc: asyncio.subprocess.Process | None = None
        self.started_at = 0.0

    async def start(self) -> None:
        log = (self.work / f"{self.name}.log").open("ab")
        self.started_at = now()
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, *self.args, cwd=self.work, env=dict(self.env), stdout=log, stderr=log
        )
        log.close()

    def memory_kb(self) -> dict[str, int]:
        """Peak (VmHWM) and current (VmRSS) resident memory of the process, in kB."""
        assert self.proc is not None
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        found = {}
        for line in status.splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                found[key] = int(value.split()[0])
        return found

    async def stop(self) -> None:
        if self.proc is None or self.proc.returncode is not None:
            return
        self.proc.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(self.proc.wait(), 15)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()

    def log(self) -> str:
        return (self.work / f"{self.name}.log").read_text(errors="replace")


def _env(fake: FakeDiscord, extra: Mapping[str, str]) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DISCORD_", "DATABASE_", "SEEDS_", "DEV_GUILD", "LOG_"))
    }
    return {
        **env,
        "PYTHONPATH": str(ROOT),
        "DISCORD_TOKEN": "fake-token",
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        "LOG_LEVEL": "WARNING",
        **extra,
    }


async def _command_payloads(db_path: Path) -> list[dict[str, Any]]:
    """The bot's slash commands as a sync would publish them."""
    settings = replace(load_settings({}, env_file=None), database_path=db_path)
    async with open_database(db_path) as db:
        bot = FanBot(
            settings=settings, db=db, knowledge=Knowledge(db), presenter=RecordingPresenter()
        )
        async with bot:
            await bot.load_features()
            return [command.to_dict(bot.tree) for command in bot.tree.get_commands()]


async def _ready(process: BotProcess, fake: FakeDiscord) -> float:
    """Seconds from process start until the gateway session is READY (guilds sent)."""
    assert process.proc is not None
    ready = asyncio.ensure_future(fake.wait_ready(WAIT))
    exited = asyncio.ensure_future(process.proc.wait())
    done, _ = await asyncio.wait({ready, exited}, return_when=asyncio.FIRST_COMPLETED)
    if ready not in done:
        ready.cancel()
        raise RuntimeError(f"{process.name} exited before READY:\n{process.log()[-3000:]}")
    exited.cancel()
    ready.result()
    return now() - process.started_at


async def _answered(fake: FakeDiscord, name: str, options: dict[str, Any], **kw: Any) -> float:
    """Seconds from dispatching INTERACTION_CREATE to the bot's callback arriving."""
    start = now()
    interaction = await fake.slash(name, options, **kw)
    await interaction.wait_callback(WAIT)
    return now() - start


def _members() -> Iterator[FakeUser]:
    """A new member for every command: none is slowed by a cooldown, and per-member state
    (cooldowns, caches) grows as it would with that many members."""
    for index in itertools.count():
        yield FakeUser(username=f"member{index}")


async def measure_live(
    db_path: Path,
    *,
    seeds: Path,
    world: World,
    alert_articles: list[GeneratedArticle],
    work: Path,
    counts: Counts = Counts(),
) -> dict[str, Any]:
    """Figures 3 to 6 on the seeded ``db_path`` (which gets alert subscriptions added)."""
    rng = random.Random(11)
    guilds = [
        FakeGuild(
            name=f"Fan server {i}", channels=[FakeChannel(name="general"), FakeChannel(name="news")]
        )
        for i in range(SERVERS)
    ]
    news = {guild.id: guild.channels[1].id for guild in guilds}
    async with open_database(db_path) as db:
        for guild in guilds:
            await save_route(db, RouteChange(guild.id, news[guild.id]), guild.owner.id)
    commands = await _command_payloads(db_path)

    results: dict[str, Any] = {}
    async with (
        FakeDiscord(guilds=guilds, redirect_client=False) as fake,
        FakeDiscord(guilds=[FakeGuild(name="Ping")], redirect_client=False) as ping_fake,
    ):
        fake.store_commands(None, commands)
        ping_fake.store_commands(None, [_PING])
        fanbot = BotProcess(
            "fanbot",
            ["-m", "bot", "run"],
            _env(fake, {"DATABASE_PATH": str(db_path), "SEEDS_DIR": str(seeds)}),
            work,
        )
        minimal = BotProcess("minimal", ["-m", "bench.minimal_bot"], _env(ping_fake, {}), work)
        try:
            await fanbot.start()
            startup = await _ready(fanbot, fake)
            await _answered(fake, "release-date", {}, guild_id=guilds[0].id)
            first_answer = now() - fanbot.started_at
            memory_ready = fanbot.memory_kb()
            await minimal.start()
            minimal_startup = await _ready(minimal, ping_fake)
            results["startup"] = {
                "to_ready_seconds": round(startup, 3),
                "to_first_answer_seconds": round(first_answer, 3),
                "minimal_bot_to_ready_seconds": round(minimal_startup, 3),
            }
            results["e2e"] = await _e2e(
                fake,
                ping_fake=ping_fake,
                guild_id=guilds[0].id,
                world=world,
                rng=rng,
                counts=counts,
            )
            results["memory"] = await _memory(
                fake, fanbot=fanbot, memory_ready=memory_ready, world=world, rng=rng, counts=counts
            )
            results["alerts"] = await _alerts(fake, seeds, news, alert_articles, counts)
        except BaseException:
            sys.stderr.write(fanbot.log()[-5000:])
            raise
        finally:
            await fanbot.stop()
            await minimal.stop()
        problems = fake.unknown_routes + fake.errors + ping_fake.unknown_routes + ping_fake.errors
        if problems:
            raise RuntimeError(f"the fake Discord saw problems: {problems}")
    return results


async def _e2e(
    fake: FakeDiscord,
    *,
    ping_fake: FakeDiscord,
    guild_id: int,
    world: World,
    rng: random.Random,
    counts: Counts,
) -> dict[str, Any]:
    ping_guild = ping_fake.guilds[0].id
    for _ in range(10):  # warm both up: connections, caches, the first lookup's indexes
        await _answered(fake, "who-plays", {"character": world.characters[0]}, guild_id=guild_id)
        await _answered(ping_fake, "ping", {}, guild_id=ping_guild)
    who_plays, ping = [], []
    for _ in range(counts.e2e_calls):
        character = _name_variant(rng.choice(world.characters), rng)
        who_plays.append(
            await _answered(fake, "who-plays", {"character": character}, guild_id=guild_id)
        )
        ping.append(await _answered(ping_fake, "ping", {}, guild_id=ping_guild))
    ours, theirs = Latency.of(who_plays), Latency.of(ping)
    return {
        "who_plays": ours.as_dict(),
        "minimal_ping": theirs.as_dict(),
        "ratio_p50": round(ours.p50_ms / theirs.p50_ms, 3),
        "ratio_p99": round(ours.p99_ms / theirs.p99_ms, 3),
    }


async def _memory(
    fake: FakeDiscord,
    *,
    fanbot: BotProcess,
    memory_ready: dict[str, int],
    world: World,
    rng: random.Random,
    counts: Counts,
) -> dict[str, Any]:
    members = _members()
    for index in range(counts.commands):
        await _command(fake, index, next(members), world, rng)
    after = fanbot.memory_kb()
    # Then new members until `counts.members` have asked, a few at a time.
    queue: asyncio.Queue[int] = asyncio.Queue()
    for index in range(counts.commands, counts.members):
        queue.put_nowait(index)

    async def worker() -> None:
        while not queue.empty():
            await _command(fake, queue.get_nowait(), next(members), world, rng)

    await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
    crowd = fanbot.memory_kb()
    return {
        "peak_rss_after_ready_mb": round(memory_ready["VmHWM"] / 1024, 1),
        "rss_after_ready_mb": round(memory_ready["VmRSS"] / 1024, 1),
        "commands": counts.commands,
        "peak_rss_after_commands_mb": round(after["VmHWM"] / 1024, 1),
        "rss_after_commands_mb": round(after["VmRSS"] / 1024, 1),
        "members": counts.members,
        "rss_after_members_mb": round(crowd["VmRSS"] / 1024, 1),
        "members_added_mb": round((crowd["VmRSS"] - after["VmRSS"]) / 1024, 1),
    }


_WORDS = ("premiere", "filming", "cast", "trailer", "festival", "score")


async def _command(
    fake: FakeDiscord, index: int, user: FakeUser, world: World, rng: random.Random
) -> None:
    """The ``index``-th of a mix of every lookup and an autocomplete, from ``user``."""
    kind = index % 7
    guild_id = rng.choice(fake.guilds).id
    if kind == 6:
        name = rng.choice(world.characters)[: rng.randint(1, 6)]
        interaction = await fake.send_interaction(
            4,
            fake._command_data("who-plays", {"character": name}, guild_id, False, "character"),
            guild_id=guild_id,
            user=user,
        )
        await interaction.wait_callback(WAIT)
        return
    name, options = [
        ("who-plays", {"character": _name_variant(rng.choice(world.characters), rng)}),
        ("who-is", {"actor": _name_variant(rng.choice(world.actors), rng)}),
        ("release-date", {}),
        ("quote", {}),
        ("quote", {"person": rng.choice(world.speakers)}),
        ("news search", {"query": " ".join(rng.sample(_WORDS, 2))}),
    ][kind]
    await _answered(fake, name, options, guild_id=guild_id, user=user)


async def _alerts(
    fake: FakeDiscord,
    seeds: Path,
    news: dict[int, int],
    articles: list[GeneratedArticle],
    counts: Counts,
) -> dict[str, Any]:
    """Write new article files one at a time; time until every subscribed server has it."""
    first, last = [], []
    for article in articles[: counts.alert_files]:
        before = {channel: len(fake.channel_messages(channel)) for channel in news.values()}
        hidden = seeds / f".{article.file_name}.part"
        start = now()
        hidden.write_text(article.text, encoding="utf-8")
        hidden.rename(seeds / article.file_name)  # appears complete, as operators are told
        arrived: dict[int, float] = {}

        def delivered(before: dict[int, int] = before, arrived: dict[int, float] = arrived) -> bool:
            for channel, count in before.items():
                if channel not in arrived and len(fake.channel_messages(channel)) > count:
                    arrived[channel] = now()
            return len(arrived) == len(before)

        await fake.wait_until(delivered, WAIT)
        first.append(min(arrived.values()) - start)
        last.append(max(arrived.values()) - start)
    return {
        "servers": len(news),
        "files": len(last),
        "all_servers": Latency.of(last).as_dict(),
        "first_server": Latency.of(first).as_dict(),
    }
