"""The console as an operator uses it: no cooldowns, help for what runs offline, Tab
completion from what the bot knows, and clear mistakes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from bot.cli.console import command_specs, suggest_values
from bot.cli.invocation import CommandSpec, OptionSpec, UsageError, parse_invocation
from bot.cli.prompt import SlashCompleter
from bot.client.fanbot import FanBot
from tests.cli.test_main import EXIT_OK, EXIT_USAGE, ask, run
from tests.cogs.test_lookup_commands import corpus_bot

__all__ = ["corpus_bot"]  # a fixture, used by name

HANG_GUARD_SECONDS = 120
"""Only against a hang: the console answers in well under a second."""


def test_the_console_has_no_cooldowns_offline(seeded_db: Path, seeds_dir: Path) -> None:
    lines = "/news search query:film\n" * 6
    result = run(
        "console", "--db", str(seeded_db), "--seeds", str(seeds_dir), cwd=seeded_db.parent,
        stdin=lines,
    )  # fmt: skip
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.count("Search: film") == 6
    assert "Slow down" not in result.stdout


@pytest.mark.timeout(3 * HANG_GUARD_SECONDS)
def test_a_file_dropped_in_while_the_console_is_open_is_answered_from(
    seeded_db: Path, seeds_dir: Path
) -> None:
    console = subprocess.Popen(
        [sys.executable, "-m", "bot", "console", "--db", str(seeded_db), "--seeds", str(seeds_dir)],
        cwd=seeded_db.parent,
        env={k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert console.stdin is not None and console.stdout is not None
    console.stdin.write("/who-plays Wren Abbot\n")
    console.stdin.flush()
    before = []
    while not before or "Not found" not in before[-1]:  # the first answer is out
        line = console.stdout.readline()
        assert line, "the console ended before answering"
        before.append(line)
    (seeds_dir / "090_casting.txt").write_text(
        " date 2025-09-01 Casting news.\nNew face joins the film\n"
        "Newcomer Ilse Varga will play Wren Abbot, the film's new flatmate.\n",
        encoding="utf-8",
    )
    stdout, stderr = console.communicate("/who-plays Wren Abbot\n", timeout=HANG_GUARD_SECONDS)
    assert console.returncode == EXIT_OK, stderr
    assert "new" in stdout and "090_casting.txt" in stdout
    assert "Ilse Varga plays Wren Abbot." in stdout


def test_console_help_lists_only_what_runs_offline(seeded_db: Path, seeds_dir: Path) -> None:
    result = run(
        "console", "--db", str(seeded_db), "--seeds", str(seeds_dir), cwd=seeded_db.parent,
        stdin="help\n",
    )  # fmt: skip
    listed = "\n" + result.stdout
    assert "\n/who-plays " in listed and "\n/news search " in listed
    for server_only in ("/news add", "/news remove", "/alerts", "/sync"):
        assert f"\n{server_only} " not in listed


async def test_the_slash_help_offline_shows_no_moderator_or_server_command(
    corpus_bot: FanBot,
) -> None:
    specs = {spec.qualified_name for spec in command_specs(corpus_bot.tree)}
    assert "help" in specs and "news search" in specs
    assert not specs & {
        "news add", "news remove", "news follow", "news feeds", "news unfollow", "alerts set",
        "sync",
    }  # fmt: skip


async def _completions(bot: FanBot, typed: str) -> list[str]:
    specs = command_specs(bot.tree)

    async def suggest(command: CommandSpec, option: OptionSpec, value: str) -> list[str]:
        return await suggest_values(bot, bot.tree, command, option, value)

    completer = SlashCompleter(specs, suggest)
    document = Document(typed, len(typed))
    return [c.text async for c in completer.get_completions_async(document, CompleteEvent())]


async def test_tab_completes_characters_people_titles_choices_and_partial_option_names(
    corpus_bot: FanBot,
) -> None:
    assert "Nick Nelson" in await _completions(corpus_bot, "/who-plays ni")
    assert "Joe Locke" in await _completions(corpus_bot, "/who-is jo")
    titles = await _completions(corpus_bot, "/news show article:Everything")
    assert any(title.startswith("Everything We Know") for title in titles)
    assert await _completions(corpus_bot, "/cast order:al") == ["alphabetical"]
    assert "person:" in await _completions(corpus_bot, "/quote pers")
    assert "person:" in await _completions(corpus_bot, "/quote rso")  # any part of the name
    assert "/who-plays" in await _completions(corpus_bot, "/who-p")


async def test_quote_person_completes_only_people_who_were_quoted(corpus_bot: FanBot) -> None:
    offered = await _completions(corpus_bot, "/quote person:")
    assert "Alice Oseman" in offered
    assert "Yasmin Finney" not in offered  # cast, never quoted


def test_a_mistyped_command_gets_did_you_mean() -> None:
    specs = [CommandSpec("who-plays", "", ()), CommandSpec("who-is", "", ())]
    with pytest.raises(UsageError, match=r"Did you mean /who-plays"):
        parse_invocation("/who-plys Nick", specs)


def test_a_bad_choice_lists_the_valid_ones_and_exits_2_under_ask(seeded_db: Path) -> None:
    result = ask(seeded_db, "/cast order:sideways")
    assert result.returncode == EXIT_USAGE
    assert "order must be newest or alphabetical, not 'sideways'" in result.stderr


def test_an_unknown_option_is_an_error_not_part_of_the_name(seeded_db: Path) -> None:
    result = ask(seeded_db, "/who-plays Nick extra:1")
    assert result.returncode == EXIT_USAGE
    assert "/who-plays has no option 'extra'" in result.stderr
    links = ask(seeded_db, "/news search query:https://example.invalid/x")
    assert links.returncode == EXIT_OK  # a link's colon is not an option
