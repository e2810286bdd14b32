from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from bot.web.reader import fetch_policy


def test_defaults_apply_when_nothing_is_set() -> None:
    settings = load_settings({}, env_file=None)
    assert settings.discord_token is None
    assert settings.database_path == Path("data/bot.db")
    assert settings.seeds_dir == Path("seeds")
    assert settings.log_level == "INFO"
    assert settings.dev_guild_id is None


def test_env_file_is_read_and_real_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DATABASE_PATH=from-file.db\nLOG_LEVEL=debug\nSEEDS_DIR=articles\n")
    settings = load_settings({"DATABASE_PATH": "from-env.db"}, env_file=env_file)
    assert settings.database_path == Path("from-env.db")
    assert settings.log_level == "DEBUG"
    assert settings.seeds_dir == Path("articles")


def test_settings_are_immutable() -> None:
    settings = load_settings({}, env_file=None)
    with pytest.raises(AttributeError):
        settings.log_level = "DEBUG"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("variable", "value"),
    [("LOG_LEVEL", "LOUD"), ("DEV_GUILD_ID", "not-a-number"), ("DEV_GUILD_ID", "-5")],
)
def test_a_bad_value_fails_naming_the_variable(variable: str, value: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        load_settings({variable: value}, env_file=None)


def test_the_token_is_required_only_when_asked_for() -> None:
    settings = load_settings({}, env_file=None)
    with pytest.raises(ConfigError, match="DISCORD_TOKEN"):
        settings.require_token()
    assert load_settings({"DISCORD_TOKEN": "abc"}, env_file=None).require_token() == "abc"


def test_env_example_documents_every_setting() -> None:
    example = (Path(__file__).parents[1] / ".env.example").read_text()
    for variable in ("DISCORD_TOKEN", "DATABASE_PATH", "SEEDS_DIR", "LOG_LEVEL", "DEV_GUILD_ID"):
        assert f"\n{variable}=" in example


def test_the_web_settings_default_to_a_cautious_fetcher() -> None:
    settings = load_settings({}, env_file=None)
    assert settings.fetch_allow_private is False
    assert settings.fetch_contact_url is None
    assert settings.fetch_max_bytes == 5 * 1024 * 1024
    assert settings.fetch_timeout_seconds == 30
    assert settings.feed_interval_minutes == 15


def test_the_web_settings_are_read_and_become_the_fetch_policy() -> None:
    settings = load_settings(
        {
            "FETCH_ALLOW_PRIVATE": "1",
            "FETCH_CONTACT_URL": "https://fans.example/bot",
            "FETCH_MAX_BYTES": "65536",
            "FETCH_TIMEOUT_SECONDS": "5",
            "FEED_INTERVAL_MINUTES": "60",
        },
        env_file=None,
    )
    assert settings.feed_interval_minutes == 60
    policy = fetch_policy(settings)
    assert policy.allow_private and policy.max_bytes == 65536
    assert policy.total_timeout == 5 and policy.connect_timeout == 5
    assert policy.user_agent.endswith("; +https://fans.example/bot)")


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("FETCH_ALLOW_PRIVATE", "maybe"),
        ("FETCH_CONTACT_URL", "mailto:me@example.org"),
        ("FETCH_MAX_BYTES", "0"),
        ("FETCH_TIMEOUT_SECONDS", "301"),
        ("FEED_INTERVAL_MINUTES", "1"),
        ("FEED_INTERVAL_MINUTES", "2000"),
    ],
)
def test_a_bad_web_setting_fails_naming_the_variable(variable: str, value: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        load_settings({variable: value}, env_file=None)


def test_env_example_and_readme_document_the_web_settings() -> None:
    root = Path(__file__).parents[1]
    example = (root / ".env.example").read_text()
    readme = (root / "README.md").read_text()
    for variable in (
        "FETCH_ALLOW_PRIVATE",
        "FETCH_CONTACT_URL",
        "FETCH_MAX_BYTES",
        "FETCH_TIMEOUT_SECONDS",
        "FEED_INTERVAL_MINUTES",
    ):
        assert f"\n{variable}=" in example
        assert f"| `{variable}` |" in readme
