"""The console's one private discord.py dependency, ``CommandTree._call``, still fits it.

:func:`bot.cli.console.run_line` dispatches typed lines through discord.py's private
``CommandTree._call``; these tests fail first when a discord.py upgrade changes that.
"""

from __future__ import annotations

import inspect
from typing import Any

import discord
from discord import app_commands

from bot.cli.console import run_line


def test_the_private_dispatch_is_still_a_coroutine_taking_only_the_interaction() -> None:
    call = app_commands.CommandTree._call
    assert inspect.iscoroutinefunction(call)
    assert list(inspect.signature(call).parameters) == ["self", "interaction"]


async def test_a_typed_line_runs_the_command_and_its_errors_reach_the_trees_handler() -> None:
    heard: list[str] = []
    failures: list[app_commands.AppCommandError] = []

    class Tree(app_commands.CommandTree[discord.Client]):
        async def on_error(
            self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
        ) -> None:
            failures.append(error)

    async with discord.Client(intents=discord.Intents.none()) as client:
        tree = Tree(client)

        @tree.command(name="say", description="Says it back")
        @app_commands.describe(words="What to say", times="How often")
        async def say(
            interaction: discord.Interaction[Any],
            words: str,
            times: app_commands.Range[int, 1, 3] = 1,
        ) -> None:
            if words == "fail":
                raise RuntimeError("boom")
            heard.append(words * times)

        await run_line(client, tree, "/say words:hi times:2")
        await run_line(client, tree, "/say fail")

    assert heard == ["hihi"]
    (failure,) = failures
    assert isinstance(failure, app_commands.CommandInvokeError)
    assert str(failure.original) == "boom"
