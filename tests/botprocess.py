"""``python -m bot run`` as a real subprocess pointed at a :class:`FakeDiscord`.

The operator's own command, unmodified, reached through ``DISCORD_API_BASE`` and
``DISCORD_GATEWAY_URL``; each start logs to its own file in the working folder.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Mapping
from pathlib import Path

from bot.db.connection import open_database
from bot.ingestion.pipeline import ingest_folder
from tests.alerts.helpers import subscribe
from tests.fakediscord import FakeChannel, FakeDiscord, FakeGuild

ROOT = Path(__file__).resolve().parents[1]
STOP_SECONDS = 30.0
"""A hang guard for a clean stop (a bot on a busy machine may still be seeding when asked)."""


def news_servers() -> list[FakeGuild]:
    """Servers A and B, each with one channel, #news."""
    return [FakeGuild(name=name, channels=[FakeChannel(name="news")]) for name in "AB"]


async def subscribed_history(database: Path, seeds: Path, guilds: list[FakeGuild]) -> None:
    """The database of a bot that has seeded ``seeds`` (the history: no alerts for it) and
    whose servers each subscribed their first text channel to news alerts."""
    async with open_database(database) as db:
        await ingest_folder(db, seeds)
        for guild in guilds:
            await subscribe(db, guild.id, guild.text_channel.id)


class BotProcess:
    def __init__(self, tmp: Path, fake: FakeDiscord, env: Mapping[str, str] | None = None) -> None:
        self.tmp, self.fake = tmp, fake
        self.extra_env = dict(env or {})
        self.runs = 0
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self.runs += 1
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "DISCORD_TOKEN": "fake-token",
            "DATABASE_PATH": str(self.tmp / "data" / "bot.db"),
            "SEEDS_DIR": str(self.tmp / "seeds"),
            "DISCORD_API_BASE": self.fake.api_base,
            "DISCORD_GATEWAY_URL": self.fake.gateway_url,
            "SEEDS_SETTLE_MS": "100",
            "ALERT_RETRY_SECONDS": "0.2",
            "LOG_LEVEL": "INFO",
            **self.extra_env,
        }
        env.pop("DEV_GUILD_ID", None)
        log = (self.tmp / f"bot-{self.runs}.log").open("wb")
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=self.tmp, env=env, stdout=log, stderr=log
        )
        log.close()

    async def kill(self) -> None:
        """SIGKILL: no clean-up of any kind."""
        assert self.proc is not None
        self.proc.kill()
        await self.proc.wait()

    async def terminate(self, sig: int = signal.SIGTERM) -> int:
        """Ask the bot to stop as a service manager would; its exit code."""
        assert self.proc is not None
        self.proc.send_signal(sig)
        return await asyncio.wait_for(self.proc.wait(), STOP_SECONDS)

    async def stop(self) -> None:
        if self.proc is None or self.proc.returncode is not None:
            return
        try:
            await self.terminate(signal.SIGINT)
        except TimeoutError:
            await self.kill()

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.tmp.glob("bot-*.log")))
