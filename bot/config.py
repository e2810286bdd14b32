"""The bot's settings: one frozen object built from the environment and ``.env``.

Nothing else in the project reads ``os.environ``; every value is validated here, at start-up,
with a message that names the variable at fault.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import discord.utils
from dotenv import dotenv_values

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True, slots=True)
class Settings:
    discord_token: str | None
    database_path: Path
    seeds_dir: Path
    log_level: str
    dev_guild_id: int | None

    def require_token(self) -> str:
        """The token, for commands that must connect to Discord."""
        if not self.discord_token:
            raise ConfigError(
                "DISCORD_TOKEN is not set. Create an application at "
                "https://discord.com/developers/applications, copy its bot token and put "
                "DISCORD_TOKEN=<token> in .env (see .env.example)."
            )
        return self.discord_token


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")
) -> Settings:
    """Build settings from ``environ`` (default: the process environment) over ``env_file``.

    Real environment variables win over ``.env``, as operators expect from python-dotenv.
    """
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)

    return Settings(
        discord_token=_optional(values, "DISCORD_TOKEN"),
        database_path=_path(values, "DATABASE_PATH", "data/bot.db"),
        seeds_dir=_path(values, "SEEDS_DIR", "seeds"),
        log_level=_log_level(values),
        dev_guild_id=_snowflake(values, "DEV_GUILD_ID"),
    )


def _optional(values: Mapping[str, str], name: str) -> str | None:
    value = values.get(name, "").strip()
    return value or None


def _path(values: Mapping[str, str], name: str, default: str) -> Path:
    raw = values.get(name, "").strip() or default
    if "\x00" in raw:
        raise ConfigError(f"{name} is not a usable path: {raw!r}")
    return Path(raw).expanduser()


def _log_level(values: Mapping[str, str]) -> str:
    level = values.get("LOG_LEVEL", "").strip().upper() or "INFO"
    if level not in _LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}, not {level!r}")
    return level


def _snowflake(values: Mapping[str, str], name: str) -> int | None:
    raw = _optional(values, name)
    if raw is None:
        return None
    if not raw.isdigit() or not 0 < int(raw) < 2**64:
        raise ConfigError(f"{name} must be a Discord id (a number like 123456789012345678)")
    return int(raw)


def configure_logging(settings: Settings) -> None:
    """Set up logging once, the way discord.py's own ``setup_logging`` formats it."""
    discord.utils.setup_logging(level=getattr(logging, settings.log_level), root=True)
