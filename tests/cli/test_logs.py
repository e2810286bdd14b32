"""Interaction tokens never reach a log, at any level (each lets anyone answer as the bot)."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from bot.cli.logs import REDACTED, redact
from tests.fakediscord import FakeDiscord, FakeGuild
from tests.hardening.helpers import PYTHON, bot_env
from tests.world import WAIT

SECRET = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA"


@pytest.mark.parametrize(
    "line",
    [
        f"WebSocket Event: {{'t': 'INTERACTION_CREATE', 'd': {{'id': '1', 'token': '{SECRET}'}}}}",
        f'{{"type": 2, "token": "{SECRET}", "version": 1}}',
        f"POST https://discord.com/api/v10/interactions/123/{SECRET}/callback has returned 204",
        f"PATCH https://discord.com/api/v10/webhooks/99/{SECRET}/messages/@original with {{}}",
    ],
)
def test_interaction_tokens_are_redacted_like_the_bot_token(line: str) -> None:
    cleaned = redact(line, [])
    assert SECRET not in cleaned and REDACTED in cleaned


async def test_interaction_tokens_are_redacted_from_logs_at_debug_level(tmp_path: Path) -> None:
    """``python -m bot run`` at DEBUG with a log file answers a deferred command (a reply and a
    followup): neither its output nor its log file holds the interaction's token."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(" date 2025-01-01 Orla Halvorsen will play Wren Pim.\n")
    log_file = tmp_path / "logs" / "bot.log"
    guild = FakeGuild(name="G")
    async with FakeDiscord(guilds=[guild], redirect_client=False) as fake:
        env = bot_env(
            DISCORD_TOKEN="fake-token",
            DATABASE_PATH=str(tmp_path / "bot.db"),
            SEEDS_DIR=str(seeds),
            DISCORD_API_BASE=fake.api_base,
            DISCORD_GATEWAY_URL=fake.gateway_url,
            DEV_GUILD_ID=str(guild.id),
            LOG_LEVEL="DEBUG",
            LOG_FILE=str(log_file),
        )
        process = await asyncio.create_subprocess_exec(
            PYTHON, "-m", "bot", "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        await fake.wait_ready(WAIT)
        await fake.wait_until(lambda: bool(fake.commands(guild.id)), timeout=WAIT)
        reply = await fake.invoke_slash("cast", guild_id=guild.id, timeout=WAIT)
        await reply.interaction.wait_response_message(timeout=WAIT)  # deferred, then followed up
        token = reply.interaction.token
        process.send_signal(signal.SIGINT)
        stdout, stderr = await asyncio.wait_for(process.communicate(), WAIT)
    everything = (stdout + stderr + log_file.read_bytes()).decode()
    assert "INTERACTION_CREATE" in everything  # DEBUG did log the event
    assert token not in everything
    assert REDACTED in everything
