"""What an operator relies on: check, backup and restore, export, logs, shutdown."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import discord
import pytest

from bot.cli.check import application_id_from_token, required_permissions
from bot.client.fanbot import create_bot
from bot.config import load_settings
from tests.botprocess import BotProcess
from tests.fakediscord import FakeDiscord, FakeGuild
from tests.world import WAIT

APP_ID = 123456789012345678
TOKEN = base64.urlsafe_b64encode(str(APP_ID).encode()).decode().rstrip("=") + ".GhIjKl." + "x" * 38


def cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def seeded(tmp: Path, seeds_dir: Path) -> Path:
    db = tmp / "data" / "bot.db"
    assert cli("seed", "--seeds", str(seeds_dir), "--db", str(db), cwd=tmp).returncode == 0
    return db


def test_the_token_s_application_id_gives_the_invite_url_without_showing_the_token(
    tmp_path: Path, seeds_dir: Path
) -> None:
    assert application_id_from_token(TOKEN) == APP_ID
    result = cli("check", "--seeds", str(seeds_dir), cwd=tmp_path, env={"DISCORD_TOKEN": TOKEN})
    assert result.returncode == 0, result.stdout
    assert TOKEN not in result.stdout + result.stderr
    assert f"client_id={APP_ID}" in result.stdout
    assert "scope=bot+applications.commands" in result.stdout
    assert f"permissions={required_permissions().value}" in result.stdout
    assert "Ready to run." in result.stdout


def test_the_invite_asks_only_for_what_the_bot_uses() -> None:
    granted = {name for name, on in required_permissions() if on}
    assert granted == {
        "read_messages",
        "send_messages",
        "embed_links",
        "read_message_history",
        "create_events",
        "manage_events",
    }


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ({"DISCORD_TOKEN": "not-a-token"}, "does not look like a bot token"),
        ({"SEEDS_DIR": "missing-folder"}, "does not exist"),
        ({"DATABASE_PATH": "notes.db"}, "not a usable SQLite database"),
    ],
)
def test_check_says_what_is_wrong_in_words(
    tmp_path: Path, setup: dict[str, str], expected: str
) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "notes.db").write_text("just some notes " * 100)
    result = cli("check", cwd=tmp_path, env=setup)
    assert result.returncode == 1
    assert expected in result.stdout
    assert "1 problem to fix first." in result.stdout
    assert "not-a-token" not in result.stdout
    assert (tmp_path / "notes.db").read_text().startswith("just some notes")


def test_check_warns_when_env_is_readable_by_others(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    env_file = tmp_path / ".env"
    env_file.write_text(f"DISCORD_TOKEN={TOKEN}\n")
    env_file.chmod(0o644)
    result = cli("check", cwd=tmp_path)
    assert "chmod 600" in result.stdout
    env_file.chmod(0o600)
    assert "readable only by its owner" in cli("check", cwd=tmp_path).stdout


def test_the_bot_asks_for_no_privileged_intent() -> None:
    bot = create_bot(load_settings({}, env_file=None), db=None)  # type: ignore[arg-type]
    assert bot.intents.value == discord.Intents(guilds=True).value
    assert not (bot.intents.members or bot.intents.presences or bot.intents.message_content)


def test_a_backup_can_be_restored(tmp_path: Path, seeds_dir: Path) -> None:
    db = seeded(tmp_path, seeds_dir)
    backup = tmp_path / "backups" / "bot-backup.db"
    result = cli("backup", str(backup), "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert cli("backup", str(backup), "--db", str(db), cwd=tmp_path).returncode == 1  # no overwrite

    db.unlink()
    shutil.copy(backup, db)  # the restore the README describes
    answer = cli("ask", "--db", str(db), "/who-plays Nick", cwd=tmp_path)
    assert "Kit Connor plays Nick Nelson." in answer.stdout


def test_export_writes_the_knowledge_as_json(tmp_path: Path, seeds_dir: Path) -> None:
    db = seeded(tmp_path, seeds_dir)
    target = tmp_path / "knowledge.json"
    assert cli("export", str(target), "--db", str(db), cwd=tmp_path).returncode == 0
    knowledge = json.loads(target.read_text())
    assert {
        "articles",
        "people",
        "characters",
        "roles",
        "crew",
        "release_statements",
        "quotes",
    } <= set(knowledge)
    assert {"actor": "Kit Connor", "character": "Nick Nelson"}.items() <= next(
        role for role in knowledge["roles"] if role["character"] == "Nick Nelson"
    ).items()
    william = next(person for person in knowledge["people"] if person["name"] == "William Gao")
    assert "Williams Gao" in william["spellings"]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_a_signal_stops_the_bot_cleanly_and_says_so(
    tmp_path: Path, seeds_dir: Path, stop: signal.Signals
) -> None:
    async with FakeDiscord(guilds=[FakeGuild(name="Fans")], redirect_client=False) as fake:
        process = BotProcess(tmp_path, fake, env={"LOG_FILE": str(tmp_path / "logs" / "bot.log")})
        await process.start()
        await fake.wait_ready(timeout=WAIT)
        assert await process.terminate(stop) == 0
    db = tmp_path / "data" / "bot.db"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    log = (tmp_path / "logs" / "bot.log").read_text()
    assert "has connected to Gateway" in log
    assert f"stopping ({stop.name})" in log and log.rstrip().endswith("stopped"), log[-2000:]
    assert "fake-token" not in log


async def test_a_rejected_token_exits_3_and_never_shows_the_token(
    tmp_path: Path, seeds_dir: Path
) -> None:
    async with FakeDiscord(token="the-right-token", redirect_client=False) as fake:
        process = BotProcess(
            tmp_path, fake, env={"DISCORD_TOKEN": TOKEN, "LOG_FILE": str(tmp_path / "bot.log")}
        )
        await process.start()
        assert process.proc is not None
        assert await asyncio.wait_for(process.proc.wait(), 30) == 3
    output = process.logs() + (tmp_path / "bot.log").read_text()
    assert "Discord rejected DISCORD_TOKEN" in output
    assert TOKEN not in output


_SOUND = (
    "import sqlite3, sys; conn = sqlite3.connect(sys.argv[1]);"
    " print(conn.execute('PRAGMA integrity_check').fetchone()[0])"
)


@pytest.mark.slow
def test_the_database_reads_as_sound_from_another_process_right_after_each_command_exits(
    tmp_path: Path, seeds_dir: Path
) -> None:
    """A reader started the moment a command exits sees a sound database, and the command
    closed cleanly: its write-ahead log is folded back and gone."""
    db = tmp_path / "data" / "bot.db"
    paths = ["--db", str(db)]
    commands = [
        ["seed", "--seeds", str(seeds_dir), *paths],
        ["seed", "--seeds", str(seeds_dir), "--rebuild", *paths],
        ["ask", *paths, "/who-plays Nick"],
        ["export", str(tmp_path / "knowledge.json"), *paths],
        ["backup", str(tmp_path / "copy.db"), *paths],
        ["check", "--seeds", str(seeds_dir), *paths],
    ]
    for command in commands:
        result = cli(*command, cwd=tmp_path)
        assert result.returncode == 0, (command, result.stderr)
        reader = subprocess.run(
            [sys.executable, "-c", _SOUND, str(db)], capture_output=True, text=True, check=False
        )
        assert reader.stdout.strip() == "ok", (command, reader.stdout, reader.stderr)
        assert not Path(f"{db}-wal").exists(), command


@pytest.mark.parametrize(
    "command",
    [["seed", "--seeds", "seeds"], ["export"], ["ask", "/cast"], ["check", "--seeds", "seeds"]],
    ids=lambda command: command[0],
)
def test_piping_a_command_into_a_reader_that_stops_early_ends_quietly(
    tmp_path: Path, seeds_dir: Path, command: list[str]
) -> None:
    """``python -m bot export | head``: the reader is gone before the output is written."""
    db = seeded(tmp_path, seeds_dir)
    environment = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", *command, "--db", str(db)],
        cwd=tmp_path,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader went away
    errors = process.stderr.read().decode()
    assert process.wait(timeout=60) in (0, 1)
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors
