"""Alert settings are validated with messages naming the variable; offline seeding queues alerts."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.config import ConfigError, load_settings
from bot.db.connection import open_database
from tests.alerts.helpers import drop, subscribe


def test_news_editor_guilds_are_a_comma_separated_list_of_ids() -> None:
    settings = load_settings({"NEWS_EDITOR_GUILD_IDS": "123456789012345678, 42"}, env_file=None)
    assert settings.news_editor_guild_ids == frozenset({123456789012345678, 42})
    assert load_settings({}, env_file=None).news_editor_guild_ids == frozenset()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("NEWS_EDITOR_GUILD_IDS", "123,abc"),
        ("NEWS_EDITOR_GUILD_IDS", "-5"),
        ("SEEDS_SETTLE_MS", "soon"),
        ("SEEDS_SETTLE_MS", "0"),
        ("ALERT_RETRY_SECONDS", "5,x"),
        ("ALERT_RETRY_SECONDS", "-1"),
        ("DISCORD_API_BASE", "ftp://example.invalid"),
        ("DISCORD_GATEWAY_URL", "http://127.0.0.1:1/gateway"),
    ],
)
def test_a_bad_alert_setting_names_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings({name: value}, env_file=None)


def test_timing_knobs_and_endpoints_are_read() -> None:
    settings = load_settings(
        {
            "SEEDS_SETTLE_MS": "150",
            "ALERT_RETRY_SECONDS": "1,2.5",
            "DISCORD_API_BASE": "http://127.0.0.1:9/api/v10/",
            "DISCORD_GATEWAY_URL": "ws://127.0.0.1:9/gateway",
        },
        env_file=None,
    )
    assert settings.seeds_settle_seconds == 0.15
    assert settings.alert_retry_delays == (1.0, 2.5)
    assert settings.discord_api_base == "http://127.0.0.1:9/api/v10"
    assert settings.discord_gateway_url == "ws://127.0.0.1:9/gateway"


def test_the_seed_command_queues_alerts_for_the_bot_to_deliver_later(
    tmp_path: Path, seeds_dir: Path
) -> None:
    database = tmp_path / "bot.db"
    assert main(["seed", "--db", str(database), "--seeds", str(seeds_dir)]) == 0

    async def route_alerts() -> None:
        async with open_database(database) as db:
            await subscribe(db, 1, 10)

    asyncio.run(route_alerts())
    drop(seeds_dir, "107_premiere-date.txt")
    assert main(["seed", "--db", str(database), "--seeds", str(seeds_dir)]) == 0
    with sqlite3.connect(database) as conn:
        rows = list(conn.execute("SELECT guild_id, file_name, status FROM alert_outbox"))
    assert rows == [(1, "107_premiere-date.txt", "pending")]
