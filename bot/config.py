"""The bot's settings: one frozen object built from the environment and ``.env``.

Nothing else in the project reads ``os.environ``; every value is validated here, at start-up,
with a message that names the variable at fault.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import msgspec

_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_SEEDS_SETTLE_MS = 300
DEFAULT_ALERT_RETRY_SECONDS = (5.0, 30.0, 120.0, 600.0, 1800.0)
DEFAULT_SEED_MAX_BYTES = 1024 * 1024
DEFAULT_DB_BUSY_TIMEOUT_MS = 5_000
DEFAULT_FETCH_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_FETCH_TIMEOUT_SECONDS = 30
MAX_FETCH_TIMEOUT_SECONDS = 300
DEFAULT_FEED_INTERVAL_MINUTES = 15
FEED_INTERVAL_MINUTES_RANGE = (5, 1440)
"""The shortest and longest wait between two checks of a feed, in minutes (a day at most)."""
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable."""


class Settings(msgspec.Struct, frozen=True):
    discord_token: str | None
    """Never shown: left out of ``repr`` (see :meth:`__repr__`) so a logged or printed Settings
    cannot leak it."""
    database_path: Path
    seeds_dir: Path
    log_level: str
    dev_guild_id: int | None
    news_editor_guild_ids: frozenset[int] = frozenset()
    """Servers whose moderators may change the knowledge: /news add, /news remove, /facts."""
    seeds_settle_seconds: float = DEFAULT_SEEDS_SETTLE_MS / 1000
    """How long the seeds folder must be quiet before changed files are read."""
    alert_retry_delays: tuple[float, ...] = DEFAULT_ALERT_RETRY_SECONDS
    """Waits before retrying an alert Discord could not take (the last one repeats)."""
    discord_api_base: str | None = None
    """Another Discord HTTP API (with /api/v10), for a self-hosted gateway or tests."""
    discord_gateway_url: str | None = None
    log_file: Path | None = None
    """Also log to this file, rotated at 10 MB with 5 old files kept."""
    seed_max_bytes: int = DEFAULT_SEED_MAX_BYTES
    """Larger article files are rejected with a message."""
    shard_count: int | None = None
    """Run sharded (for bots in thousands of servers) with this many shards in total."""
    shard_ids: tuple[int, ...] | None = None
    """The shards this process runs (default: all of them)."""
    db_busy_timeout_ms: int = DEFAULT_DB_BUSY_TIMEOUT_MS
    """How long a query waits for another program's lock on the database before giving up."""
    fetch_allow_private: bool = False
    """Let links and feeds reach loopback, private and link-local addresses (tests, or an
    operator whose news server is on their own network)."""
    fetch_contact_url: str | None = None
    """Named in the User-Agent, so that a site's owner can learn who runs the bot."""
    fetch_max_bytes: int = DEFAULT_FETCH_MAX_BYTES
    """Pages and feeds larger than this are refused with a message."""
    fetch_timeout_seconds: float = DEFAULT_FETCH_TIMEOUT_SECONDS
    """The longest a page or feed may take to arrive, redirects included."""
    feed_interval_minutes: int = DEFAULT_FEED_INTERVAL_MINUTES
    """How often a feed is checked unless ``/news follow every:`` says otherwise."""

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{name}={value!r}' for name, value in self._shown())})"

    def __rich_repr__(self) -> Iterator[tuple[str, Any]]:
        return self._shown()

    def _shown(self) -> Iterator[tuple[str, Any]]:
        """Every setting but the token, in order."""
        for name in self.__struct_fields__:
            if name != "discord_token":
                yield name, getattr(self, name)

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
        # python-dotenv only when there is a file for it: a service given its settings in the
        # environment (systemd, containers) never imports it nor compiles its parser's patterns.
        from dotenv import dotenv_values  # noqa: PLC0415

        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)

    return Settings(
        discord_token=_optional(values, "DISCORD_TOKEN"),
        database_path=_path(values, "DATABASE_PATH", "data/bot.db"),
        seeds_dir=_path(values, "SEEDS_DIR", "seeds"),
        log_level=_log_level(values),
        dev_guild_id=_snowflake(values, "DEV_GUILD_ID"),
        news_editor_guild_ids=_snowflakes(values, "NEWS_EDITOR_GUILD_IDS"),
        seeds_settle_seconds=_bounded(
            values, "SEEDS_SETTLE_MS", DEFAULT_SEEDS_SETTLE_MS, (1, 60_000), "milliseconds"
        )
        / 1000,
        alert_retry_delays=_seconds_list(
            values, "ALERT_RETRY_SECONDS", DEFAULT_ALERT_RETRY_SECONDS
        ),
        discord_api_base=_url(values, "DISCORD_API_BASE", ("http://", "https://")),
        discord_gateway_url=_url(values, "DISCORD_GATEWAY_URL", ("ws://", "wss://")),
        log_file=_path(values, "LOG_FILE", "") if _optional(values, "LOG_FILE") else None,
        seed_max_bytes=_positive(values, "SEED_MAX_BYTES") or DEFAULT_SEED_MAX_BYTES,
        shard_count=(shard_count := _positive(values, "SHARD_COUNT")),
        shard_ids=_shard_ids(values, shard_count),
        db_busy_timeout_ms=_bounded(
            values, "DB_BUSY_TIMEOUT_MS", DEFAULT_DB_BUSY_TIMEOUT_MS, (1, 600_000), "milliseconds"
        ),
        fetch_allow_private=_flag(values, "FETCH_ALLOW_PRIVATE"),
        fetch_contact_url=_url(values, "FETCH_CONTACT_URL", ("http://", "https://")),
        fetch_max_bytes=_positive(values, "FETCH_MAX_BYTES") or DEFAULT_FETCH_MAX_BYTES,
        fetch_timeout_seconds=_bounded(
            values,
            "FETCH_TIMEOUT_SECONDS",
            DEFAULT_FETCH_TIMEOUT_SECONDS,
            (1, MAX_FETCH_TIMEOUT_SECONDS),
            "seconds",
        ),
        feed_interval_minutes=_bounded(
            values,
            "FEED_INTERVAL_MINUTES",
            DEFAULT_FEED_INTERVAL_MINUTES,
            FEED_INTERVAL_MINUTES_RANGE,
            "minutes",
        ),
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


def _positive(values: Mapping[str, str], name: str) -> int | None:
    raw = _optional(values, name)
    if raw is None:
        return None
    if not raw.isdigit() or int(raw) == 0:
        raise ConfigError(f"{name} must be a whole number above 0, not {raw!r}")
    return int(raw)


def _flag(values: Mapping[str, str], name: str) -> bool:
    raw = (_optional(values, name) or "0").lower()
    if raw not in _TRUE + _FALSE:
        raise ConfigError(f"{name} must be 1 (on) or 0 (off), not {raw!r}")
    return raw in _TRUE


def _bounded(
    values: Mapping[str, str], name: str, default: int, bounds: tuple[int, int], unit: str
) -> int:
    raw = _optional(values, name)
    if raw is None:
        return default
    low, high = bounds
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ConfigError(f"{name} must be a number of {unit} from {low} to {high}, not {raw!r}")
    return int(raw)


def _shard_ids(values: Mapping[str, str], shard_count: int | None) -> tuple[int, ...] | None:
    raw = _optional(values, "SHARD_IDS")
    if raw is None:
        return None
    if shard_count is None:
        raise ConfigError("SHARD_IDS needs SHARD_COUNT (the total number of shards) as well")
    parts = [part for part in raw.replace(" ", ",").split(",") if part]
    if not all(part.isdigit() and int(part) < shard_count for part in parts) or not parts:
        raise ConfigError(
            f"SHARD_IDS must list shard numbers from 0 to {shard_count - 1} (like 0,1), not {raw!r}"
        )
    return tuple(sorted({int(part) for part in parts}))


def _snowflakes(values: Mapping[str, str], name: str) -> frozenset[int]:
    raw = _optional(values, name) or ""
    ids = set()
    for part in raw.replace(" ", ",").split(","):
        if not part:
            continue
        if not part.isdigit() or not 0 < int(part) < 2**64:
            raise ConfigError(
                f"{name} must be a comma-separated list of Discord server ids "
                f"(like 123456789012345678,234567890123456789), not {part!r}"
            )
        ids.add(int(part))
    return frozenset(ids)


def _seconds_list(
    values: Mapping[str, str], name: str, default: tuple[float, ...]
) -> tuple[float, ...]:
    raw = _optional(values, name)
    if raw is None:
        return default
    delays = []
    for part in raw.split(","):
        try:
            delay = float(part)
        except ValueError:
            delay = -1.0
        if not 0 < delay <= 86_400:
            raise ConfigError(
                f"{name} must be a comma-separated list of seconds (like 5,30,120), not {raw!r}"
            )
        delays.append(delay)
    return tuple(delays)


def _url(values: Mapping[str, str], name: str, schemes: tuple[str, ...]) -> str | None:
    raw = _optional(values, name)
    if raw is None:
        return None
    if not raw.startswith(schemes) or any(c.isspace() for c in raw):
        raise ConfigError(f"{name} must be a URL starting with {' or '.join(schemes)}, not {raw!r}")
    return raw.rstrip("/")
