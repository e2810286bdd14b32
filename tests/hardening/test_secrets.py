"""The token never shows: not in logs (any level, any source), error replies, ``check``
output, exceptions or printed settings; a ``.env`` others can read is warned about."""

from __future__ import annotations

import asyncio
import io
import logging
import os
from pathlib import Path

import discord
import pytest
from msgspec.structs import replace

from bot.cli.check import Level, check_installation
from bot.cli.logs import REDACTED, RedactingFormatter
from bot.client.fanbot import FanBot
from bot.config import ConfigError, load_settings
from tests.fakediscord import FakeDiscord, FakeGuild
from tests.hardening.helpers import PYTHON, bot_env, text_of
from tests.world import WAIT, World

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.c2VjcmV0LXRva2VuLXNob3VsZC1uZXZlci1sZWFr"


def test_settings_never_show_the_token_when_printed_or_logged() -> None:
    settings = load_settings({"DISCORD_TOKEN": TOKEN}, env_file=None)
    assert settings.discord_token == TOKEN
    assert TOKEN not in repr(settings) and TOKEN not in str(settings)
    assert TOKEN not in f"{settings!r} {settings}"


def test_configuration_errors_never_quote_the_token() -> None:
    for bad in ({"LOG_LEVEL": "chatty"}, {"SHARD_IDS": "0"}, {"DEV_GUILD_ID": "x"}):
        with pytest.raises(ConfigError) as caught:
            load_settings({"DISCORD_TOKEN": TOKEN, **bad}, env_file=None)
        assert TOKEN not in str(caught.value)


def test_the_log_formatter_hides_the_token_in_messages_arguments_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(RedactingFormatter([TOKEN]))
    log = logging.getLogger("hardening.secrets")
    log.addHandler(handler)
    try:
        log.warning("token %s in an argument", TOKEN)
        log.warning(f"token {TOKEN} in the message")
        try:
            raise RuntimeError(f"Authorization: Bot {TOKEN}")
        except RuntimeError:
            log.exception("and in a traceback")
    finally:
        log.removeHandler(handler)
    text = stream.getvalue()
    assert TOKEN not in text
    assert text.count(REDACTED) == 3


@pytest.mark.parametrize(
    "token",
    [TOKEN, "not-a-token-" + TOKEN[::-1]],
    ids=["well-formed token", "malformed token"],
)
def test_check_never_prints_the_token(tmp_path: Path, token: str) -> None:
    settings = replace(
        load_settings({}, env_file=None),
        discord_token=token,
        database_path=tmp_path / "bot.db",
        seeds_dir=tmp_path,
    )
    findings = check_installation(settings, env_file=tmp_path / ".env")
    text = "\n".join(f"{f.topic} {f.message}" for f in findings)
    assert token not in text
    assert token.rsplit(".", maxsplit=1)[-1] not in text  # not even its secret part


def test_an_env_file_other_users_can_read_gets_a_warning_from_check(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(f"DISCORD_TOKEN={TOKEN}\n")
    settings = replace(load_settings({}, env_file=env), seeds_dir=tmp_path)
    for mode, level in ((0o644, Level.WARNING), (0o640, Level.WARNING), (0o600, Level.OK)):
        env.chmod(mode)
        finding = next(f for f in check_installation(settings, env) if f.topic == ".env")
        assert finding.level is level, (oct(mode), finding)
        if level is Level.WARNING:
            assert "chmod 600" in finding.message
        assert TOKEN not in finding.message


async def test_a_command_that_fails_with_the_token_in_its_error_never_shows_or_logs_it(
    world: World, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    token = "leaky.token.value-that-must-stay-secret"
    world.bot.settings = replace(world.bot.settings, discord_token=token)

    async def leaky_release_info() -> object:
        raise RuntimeError(f"connection string with {token}")

    monkeypatch.setattr(world.bot.knowledge, "release_info", leaky_release_info)
    answer = await world.reply("release-date")
    assert token not in text_of(answer)
    assert "Something went wrong on my side" in text_of(answer)
    formatter = RedactingFormatter([token])
    assert all(token not in formatter.format(record) for record in caplog.records)


async def test_a_running_bot_at_debug_level_never_writes_the_token(tmp_path: Path) -> None:
    """``python -m bot run`` with LOG_LEVEL=DEBUG and a log file, against the fake: it logs
    in, answers, is refused a token, and stops; no output or log file holds the token."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(" date 2025-01-01 Orla Halvorsen will play Wren Pim.\n")
    log_file = tmp_path / "logs" / "bot.log"
    async with FakeDiscord(guilds=[FakeGuild(name="G")], redirect_client=False) as fake:
        env = bot_env(
            DISCORD_TOKEN=TOKEN,
            DATABASE_PATH=str(tmp_path / "bot.db"),
            SEEDS_DIR=str(seeds),
            DISCORD_API_BASE=fake.api_base,
            DISCORD_GATEWAY_URL=fake.gateway_url,
            LOG_LEVEL="DEBUG",
            LOG_FILE=str(log_file),
        )
        process = await asyncio.create_subprocess_exec(
            PYTHON,
            "-m",
            "bot",
            "run",
            cwd=tmp_path,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        await fake.wait_ready(WAIT)
        process.send_signal(2)  # SIGINT: a graceful stop
        stdout, stderr = await asyncio.wait_for(process.communicate(), WAIT)
        fake.token = "another-token"  # now Discord refuses the token
        refused = await asyncio.create_subprocess_exec(
            PYTHON,
            "-m",
            "bot",
            "run",
            cwd=tmp_path,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out2, err2 = await asyncio.wait_for(refused.communicate(), WAIT)
    assert refused.returncode == 3, err2.decode()
    assert b"Discord rejected DISCORD_TOKEN" in err2
    everything = stdout + stderr + out2 + err2 + log_file.read_bytes()
    assert b"connected as" in everything or b"GUILD_CREATE" in everything
    assert TOKEN.encode() not in everything
    assert TOKEN.rsplit(".", maxsplit=1)[-1].encode() not in everything
    assert os.stat(log_file).st_size > 0
    assert isinstance(discord.__version__, str)
    assert FanBot  # the same client class the bot runs
