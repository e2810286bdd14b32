"""Each command through the real command tree: options, callback, autocomplete, errors."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from discord import app_commands

from bot.answers.errors import Busy, NotAllowed
from bot.answers.lookups import NotFound, QuoteAnswer, ReleaseInfo, WhoPlays
from bot.cli.console import ConsoleUser, OfflineInteraction, run_line
from bot.client.fanbot import FanBot, describe_error


def recorded(bot: FanBot) -> Any:
    return bot.presenter


async def test_who_plays_answers_through_the_cog(fan_bot: FanBot) -> None:
    await run_line(fan_bot, fan_bot.tree, "/who-plays Nick")
    answer, private = recorded(fan_bot).answers[-1]
    assert isinstance(answer, WhoPlays)
    assert answer.current is not None and answer.current.actor == "Kit Connor"
    assert private is False


async def test_release_date_answers_through_the_cog(fan_bot: FanBot) -> None:
    await run_line(fan_bot, fan_bot.tree, "/release-date")
    assert isinstance(recorded(fan_bot).answers[-1][0], ReleaseInfo)


async def test_quote_with_person_and_words(fan_bot: FanBot) -> None:
    await run_line(fan_bot, fan_bot.tree, "/quote person:Oseman about:Heartstopper")
    answer = recorded(fan_bot).answers[-1][0]
    assert isinstance(answer, QuoteAnswer)
    assert answer.speaker == "Alice Oseman"
    assert "heartstopper" in answer.text.casefold()


@pytest.mark.parametrize(
    "hostile", ["@everyone", "<@123>", "**bold** `code`", "\u202eevil", "🎬" * 30]
)
async def test_hostile_names_get_a_not_found_answer(fan_bot: FanBot, hostile: str) -> None:
    await run_line(fan_bot, fan_bot.tree, f"/who-plays {hostile}")
    answer = recorded(fan_bot).answers[-1][0]
    assert isinstance(answer, NotFound)
    assert answer.query == hostile


def _cog_callback(bot: FanBot, cog: str, name: str) -> Any:
    return getattr(bot.get_cog(cog), name)


@pytest.mark.parametrize(
    ("cog", "callback", "typed", "expected"),
    [
        ("Cast", "character_choices", "nic", "Nick Nelson"),
        ("Cast", "character_choices", "", "Charlie Spring"),
        ("Cast", "person_choices", "kit", "Kit Connor"),
        ("Quotes", "person_choices", "ose", "Alice Oseman"),
    ],
)
async def test_autocomplete_offers_known_names(
    fan_bot: FanBot, cog: str, callback: str, typed: str, expected: str
) -> None:
    interaction = OfflineInteraction(fan_bot, {})
    choices = await _cog_callback(fan_bot, cog, callback)(interaction, typed)
    assert expected in [choice.value for choice in choices]
    assert len(choices) <= 25
    assert all(len(choice.name) <= 100 for choice in choices)


async def test_a_failing_command_gets_a_friendly_private_error_and_a_log(
    fan_bot: FanBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(fan_bot.knowledge, "release_info", broken)
    with caplog.at_level(logging.ERROR):
        await run_line(fan_bot, fan_bot.tree, "/release-date")
    assert [str(error) for error in recorded(fan_bot).errors] == [
        "Something went wrong on my side. It has been logged for the bot's operator."
    ]
    record = next(r for r in caplog.records if "release-date" in r.getMessage())
    assert f"user {ConsoleUser().id}" in record.getMessage()
    assert record.exc_info is not None


def test_known_errors_are_explained_to_the_member() -> None:
    cooldown = app_commands.CommandOnCooldown(app_commands.Cooldown(1, 30), 12.4)
    slow_down = describe_error(cooldown)
    assert isinstance(slow_down, Busy)
    assert slow_down.title == "Slow down"
    assert str(slow_down) == "You can use this again in 13 seconds."
    assert str(describe_error(app_commands.CommandOnCooldown(app_commands.Cooldown(1, 30), 0.2)))
    assert "in 1 second." in str(
        describe_error(app_commands.CommandOnCooldown(app_commands.Cooldown(1, 30), 0.2))
    )
    missing = describe_error(app_commands.MissingPermissions(["manage_guild"]))
    assert isinstance(missing, NotAllowed)
    assert str(missing) == "You need the Manage Server permission."
    outside = describe_error(app_commands.NoPrivateMessage())
    assert str(outside) == "This command only works in a server."
