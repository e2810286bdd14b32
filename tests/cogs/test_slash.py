"""``cogs._slash``: commands and options built as ``app_commands.command`` and ``describe`` build
them, handing discord.py descriptions already in the form Discord gets."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str

from cogs._slash import as_sent, command, describe

LONG = "A description that goes on " + "and on " * 20
SHORT = "Who plays a character in the film, and who played them before."


def test_a_description_in_discords_form_is_handed_over_as_it_is() -> None:
    assert as_sent(SHORT) == locale_str(SHORT)
    assert as_sent("x" * 100) == locale_str("x" * 100)


def test_a_description_discord_py_would_cut_or_join_is_left_to_it() -> None:
    assert as_sent(None) is None
    assert as_sent("x" * 101) is None
    assert as_sent(LONG) is None
    assert as_sent("Two  spaces") is None
    assert as_sent(" Leading space") is None
    assert as_sent("First paragraph.\n\nSecond.") is None
    assert as_sent("One line\n    and the next") is None


def _payload(built: app_commands.Command[Any, ..., Any]) -> dict[str, Any]:
    tree = app_commands.CommandTree(discord.Client(intents=discord.Intents.none()))
    return built.to_dict(tree)


def test_commands_are_built_as_discord_py_builds_them() -> None:
    async def short(interaction: discord.Interaction, name: str, count: int = 1) -> None:
        """Who plays a character in the film, and who played them before."""

    async def long(interaction: discord.Interaction, name: str) -> None:
        """A docstring of two paragraphs, the first one long enough to be cut by discord.py as it
        is longer than the hundred characters Discord takes.

        The second paragraph is never sent."""

    async def bare(interaction: discord.Interaction, name: str) -> None:
        pass

    for callback in (short, long, bare):
        options = {"name": callback.__name__, "extras": {"example": "/x"}}
        ours = command(**options)(describe(name=SHORT)(callback))
        theirs = app_commands.command(**options)(app_commands.describe(name=SHORT)(callback))
        assert _payload(ours) == _payload(theirs)
        assert ours.description == theirs.description
        assert ours.extras == theirs.extras
    ours = command(name="long")(describe(name=LONG)(long))
    theirs = app_commands.command(name="long")(app_commands.describe(name=LONG)(long))
    assert _payload(ours) == _payload(theirs)
    assert ours.parameters[0].description == theirs.parameters[0].description
