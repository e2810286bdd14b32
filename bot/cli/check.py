"""``python -m bot check``: is this installation ready to run, and if not, what is wrong?

Every check says what it found in an operator's words. The token is checked for its shape
only and never printed; the invite URL is built from the application id inside it.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import sqlite3
import stat
from enum import Enum
from pathlib import Path

import discord
import msgspec

from bot.config import Settings
from bot.db.connection import schema_version

INVITE_SCOPES = ("bot", "applications.commands")
_TOKEN_SHAPE = re.compile(r"^([A-Za-z0-9_-]{16,})\.([A-Za-z0-9_-]{4,})\.([A-Za-z0-9_-]{20,})$")


def required_permissions() -> discord.Permissions:
    """The least the bot needs: read and answer in channels, post alert embeds, premiere events."""
    return discord.Permissions(
        view_channel=True,
        send_messages=True,
        embed_links=True,
        read_message_history=True,  # to check an interrupted alert before sending it again
        create_events=True,
        manage_events=True,
    )


class Level(Enum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"


class Finding(msgspec.Struct, frozen=True):
    level: Level
    topic: str
    message: str


def application_id_from_token(token: str) -> int | None:
    """A bot token starts with its application's id, base64-encoded; None if not a token."""
    match = _TOKEN_SHAPE.match(token.strip())
    if not match:
        return None
    encoded = match[1] + "=" * (-len(match[1]) % 4)
    try:
        decoded = base64.urlsafe_b64decode(encoded).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return int(decoded) if decoded.isdigit() else None


def invite_url(application_id: int) -> str:
    return discord.utils.oauth_url(
        application_id, permissions=required_permissions(), scopes=INVITE_SCOPES
    )


def check_installation(settings: Settings, env_file: Path = Path(".env")) -> list[Finding]:
    """Every check, in the order an operator would fix things."""
    return [
        _check_token(settings),
        *_check_env_file(env_file),
        _check_seeds(settings.seeds_dir),
        _check_database(settings.database_path),
        *_check_fetching(settings),
    ]


def _check_fetching(settings: Settings) -> list[Finding]:
    if not settings.fetch_allow_private:
        return []
    return [
        Finding(
            Level.WARNING,
            "links",
            "FETCH_ALLOW_PRIVATE=1: links and feeds may reach this machine and your private "
            "network. Set it to 0 unless your news server is on that network.",
        )
    ]


def _check_token(settings: Settings) -> Finding:
    if not settings.discord_token:
        return Finding(
            Level.WARNING,
            "token",
            "DISCORD_TOKEN is not set: the bot can only run as the offline console.",
        )
    application_id = application_id_from_token(settings.discord_token)
    if application_id is None:
        return Finding(
            Level.PROBLEM,
            "token",
            "DISCORD_TOKEN does not look like a bot token (three dot-separated parts, copied "
            "from the Bot page of the developer portal). Reset it there and paste it again.",
        )
    return Finding(
        Level.OK,
        "token",
        f"DISCORD_TOKEN has a bot token's shape (application {application_id}). "
        f"Invite the bot with:\n{invite_url(application_id)}",
    )


def _check_env_file(env_file: Path) -> list[Finding]:
    if not env_file.is_file():
        return []
    mode = env_file.stat().st_mode
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        return [
            Finding(
                Level.WARNING,
                ".env",
                f"{env_file} can be read by other users of this machine and holds the token: "
                f"run `chmod 600 {env_file}`.",
            )
        ]
    return [Finding(Level.OK, ".env", f"{env_file} is readable only by its owner.")]


def _check_seeds(seeds_dir: Path) -> Finding:
    if not seeds_dir.is_dir():
        return Finding(
            Level.PROBLEM,
            "seeds",
            f"The seeds folder {seeds_dir} does not exist: create it or set SEEDS_DIR.",
        )
    if not os.access(seeds_dir, os.R_OK | os.X_OK):
        return Finding(Level.PROBLEM, "seeds", f"The seeds folder {seeds_dir} cannot be read.")
    count = sum(1 for path in seeds_dir.glob("*.txt") if not path.name.startswith("."))
    writable = "" if os.access(seeds_dir, os.W_OK) else " (read-only: /news add cannot write)"
    return Finding(Level.OK, "seeds", f"{seeds_dir} holds {count} article files{writable}.")


def _check_database(path: Path) -> Finding:
    if not path.exists():
        folder = path.parent if str(path.parent) else Path(".")
        if folder.exists() and not os.access(folder, os.W_OK):
            return Finding(
                Level.PROBLEM, "database", f"Cannot create {path}: {folder} is read-only."
            )
        return Finding(Level.OK, "database", f"{path} will be created on first start.")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            healthy = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError as error:
        return Finding(
            Level.PROBLEM, "database", f"{path} is not a usable SQLite database: {error}"
        )
    current = schema_version()
    if not healthy:
        return Finding(Level.PROBLEM, "database", f"{path} is damaged: restore a backup.")
    if version > current:
        return Finding(
            Level.PROBLEM, "database", f"{path} was made by a newer version of the bot ({version})."
        )
    if version < current:
        return Finding(
            Level.OK, "database", f"{path} will be upgraded from schema {version} to {current}."
        )
    if not os.access(path, os.W_OK):
        return Finding(Level.PROBLEM, "database", f"{path} is read-only: the bot must write it.")
    return Finding(Level.OK, "database", f"{path} is healthy and up to date (schema {current}).")
