"""Bots as processes on a fake Discord: the real bot (``python -m bot run``) and the bare one.

Each bot runs as its own process, as an operator runs it, pointed at a
:class:`~tests.fakediscord.FakeDiscord` in the benchmark's process by ``DISCORD_API_BASE`` and
``DISCORD_GATEWAY_URL``. :func:`bot_on_fake` starts both halves and waits for READY; the
fake applies Discord's rate limits (:class:`~tests.fakediscord.rest.ratelimits.RateLimits`).
"""

from __future__ import annotations

import asyncio
import compileall
import contextlib
import os
import re
import signal
import sys
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msgspec.structs import replace

from bench import minimal_bot
from bench.stats import now
from bot.client.fanbot import FanBot
from bot.client.presenters import DiscordPresenter
from bot.config import load_settings
from bot.db.connection import open_database
from bot.knowledge import Knowledge
from tests.fakediscord import FakeChannel, FakeDiscord, FakeGuild
from tests.fakediscord.rest.ratelimits import RateLimits

ROOT = Path(__file__).resolve().parents[1]
WAIT = 120.0
"""Seconds before a step that should take milliseconds is declared stuck."""
_STOP_WAIT = 15.0
_CAUGHT_UP = re.compile(r"seeds: caught up with (\d+) files in ([0-9.]+) s")
_LOG_LOOKS = 0.05
"""How often the bot's log is read again for its catch-up's end (it is another process)."""


class BotProcess:
    """One bot process with its log file; stopped with SIGINT as a service manager would."""

    def __init__(self, name: str, args: list[str], env: Mapping[str, str], work: Path) -> None:
        self.name, self.args, self.env, self.work = name, args, env, work
        self.proc: asyncio.subprocess.Process | None = None
        self.started_at = 0.0
        self.log_from = 0
        """Where this run's lines begin in the log file (a file used before is appended to)."""

    async def start(self) -> None:
        log = (self.work / f"{self.name}.log").open("ab")
        self.log_from = log.tell()
        self.started_at = now()
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, *self.args, cwd=self.work, env=dict(self.env), stdout=log, stderr=log
        )
        log.close()

    def memory_mib(self) -> tuple[float, float]:
        """Resident memory now (VmRSS) and at its peak (VmHWM), in MiB."""
        assert self.proc is not None
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        found: dict[str, float] = {}
        for line in status.splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                found[key] = int(value.split()[0]) / 1024
        return found["VmRSS"], found["VmHWM"]

    async def stop(self) -> None:
        if self.proc is None or self.proc.returncode is not None:
            return
        self.proc.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(self.proc.wait(), _STOP_WAIT)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()

    def log(self) -> str:
        return (self.work / f"{self.name}.log").read_text(errors="replace")

    def this_runs_log(self) -> str:
        """The log's lines since this process started."""
        with (self.work / f"{self.name}.log").open("rb") as log:
            log.seek(self.log_from)
            return log.read().decode(errors="replace")


@dataclass(frozen=True, slots=True)
class BotKind:
    """How to start one kind of bot: its module and the commands it publishes."""

    name: str
    module: str
    arguments: tuple[str, ...] = ()
    db_path: Path | None = None
    seeds: Path | None = None
    log_level: str = "WARNING"

    def env(self, fake: FakeDiscord) -> dict[str, str]:
        inherited = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DISCORD_", "DATABASE_", "SEEDS_", "DEV_GUILD", "LOG_"))
        }
        env = {
            **inherited,
            "PYTHONPATH": str(ROOT),
            "DISCORD_TOKEN": "fake-token",
            "DISCORD_API_BASE": fake.api_base,
            "DISCORD_GATEWAY_URL": fake.gateway_url,
            "LOG_LEVEL": self.log_level,
        }
        if self.db_path is not None:
            env["DATABASE_PATH"] = str(self.db_path)
        if self.seeds is not None:
            env["SEEDS_DIR"] = str(self.seeds)
        return env


def fanbot(db_path: Path, seeds: Path, *, log_level: str = "WARNING") -> BotKind:
    """The real bot on a seeded database and its seeds folder (``log_level``: ``INFO`` to see
    when its catch-up ends, :func:`caught_up`)."""
    return BotKind("fanbot", "bot", ("run",), db_path, seeds, log_level)


BARE = BotKind("bare", "bench.minimal_bot")


async def command_payloads(kind: BotKind) -> list[dict[str, Any]]:
    """The slash commands ``kind`` publishes, as a sync would send them to Discord."""
    if kind.db_path is None:
        return minimal_bot.command_payloads()
    settings = replace(load_settings({}, env_file=None), database_path=kind.db_path)
    async with open_database(kind.db_path) as db:
        bot = FanBot(
            settings=settings, db=db, knowledge=Knowledge(db), presenter=DiscordPresenter()
        )
        async with bot:
            await bot.load_features()
            return [command.to_dict(bot.tree) for command in bot.tree.get_commands()]


@dataclass(slots=True)
class Running:
    """A bot process on its fake Discord, READY."""

    kind: BotKind
    fake: FakeDiscord
    process: BotProcess
    ready_seconds: float
    """From starting the process to the fake having sent READY and every GUILD_CREATE."""


def guilds(count: int, prefix: str = "Fan server") -> list[FakeGuild]:
    """``count`` servers, each with a #general and a #news channel."""
    return [
        FakeGuild(
            name=f"{prefix} {i}", channels=[FakeChannel(name="general"), FakeChannel(name="news")]
        )
        for i in range(count)
    ]


def cache_bytecode() -> None:
    """Write the bots' bytecode, as Python does on an operator's machine at the first start.

    Where ``PYTHONDONTWRITEBYTECODE`` is set (CI, some containers), every start would otherwise
    compile the bot's hundred-odd modules from source, a cost a deployed bot pays once.
    """
    for package in ("bot", "cogs", "bench"):
        compileall.compile_dir(ROOT / package, quiet=1)


@contextlib.asynccontextmanager
async def bot_on_fake(
    kind: BotKind,
    servers: list[FakeGuild],
    work: Path,
    *,
    label: str = "",
) -> AsyncIterator[Running]:
    """Start a fake Discord with ``servers`` and Discord's rate limits, then the bot; READY.

    The bot is stopped and the fake closed on leaving; a bot that dies or a fake that saw an
    unknown route or crashed raises, with the end of the bot's log.
    """
    fake = FakeDiscord(
        guilds=servers, redirect_client=False, rate_limits=RateLimits(), echo_bot_messages=False
    )
    await asyncio.to_thread(cache_bytecode)
    commands = await command_payloads(kind)
    async with fake:
        fake.store_commands(None, commands)
        arguments = ["-m", kind.module, *kind.arguments]
        process = BotProcess(f"{kind.name}{label}", arguments, kind.env(fake), work)
        try:
            await process.start()
            ready = await _ready(process, fake)
            yield Running(kind, fake, process, ready)
        except BaseException:
            sys.stderr.write(process.log()[-5000:])
            raise
        finally:
            await process.stop()
        problems = fake.unknown_routes + fake.errors
        if problems:
            raise RuntimeError(f"the fake Discord saw problems: {problems[:5]}")


async def _ready(process: BotProcess, fake: FakeDiscord) -> float:
    """Seconds from process start until the fake has sent READY and every GUILD_CREATE."""
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


async def caught_up(process: BotProcess) -> float:
    """Once the bot (started at ``INFO``) has caught up with its seeds folder after READY:
    how long the catch-up took, as its log says (``LiveIngestion.caught_up``)."""
    assert process.proc is not None
    async with asyncio.timeout(WAIT):
        while (found := _CAUGHT_UP.search(process.this_runs_log())) is None:
            if process.proc.returncode is not None:
                raise RuntimeError(f"{process.name} exited before catching up")
            await asyncio.sleep(_LOG_LOOKS)
    return float(found.group(2))
