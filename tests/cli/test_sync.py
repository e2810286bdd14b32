"""Publishing commands from the command line, against the fake Discord: the guild-copy trap."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from tests.botprocess import ROOT
from tests.fakediscord import FakeDiscord, FakeGuild


async def sync(fake: FakeDiscord, tmp: Path, *args: str) -> tuple[int, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DISCORD_TOKEN": "fake-token",
        "DATABASE_PATH": str(tmp / "data" / "bot.db"),
        "DISCORD_API_BASE": fake.api_base,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
    }
    env.pop("DEV_GUILD_ID", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "sync", *args, cwd=tmp, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, output.decode()


async def test_global_sync_warns_about_guild_copies_and_sync_clear_removes_them(
    tmp_path: Path,
) -> None:
    guilds = [FakeGuild(name="Fans"), FakeGuild(name="Elsewhere")]
    async with FakeDiscord(guilds=guilds, redirect_client=False) as fake:
        fans = guilds[0].id
        code, output = await sync(fake, tmp_path, "--guild", str(fans))
        assert code == 0 and f"to server {fans}" in output
        assert fake.commands(fans)

        code, output = await sync(fake, tmp_path)
        assert code == 0 and "to every server" in output
        assert f"Warning: server {fans} also has its own copy" in output
        assert f"python -m bot sync --clear --guild {fans}" in output
        assert str(guilds[1].id) not in output

        code, output = await sync(fake, tmp_path, "--clear", "--guild", str(fans))
        assert code == 0 and f"from 1 server: {fans}" in output
        assert fake.commands(fans) == [] and fake.commands(None)  # the global ones stay

        code, output = await sync(fake, tmp_path, "--clear")
        assert code == 0 and "nothing to remove" in output
