"""The offline console: slash commands typed in a terminal, run through the real command tree.

A typed line becomes the interaction data Discord would send, and the bot's own
``CommandTree`` dispatches it: the same checks, option transformers, cog callback and error
handler as on Discord. Only the presenter differs, printing text instead of sending embeds.

This is the project's one dependency on a private discord.py API: :func:`run_line` calls
``CommandTree._call(interaction)``, the coroutine discord.py itself runs for each
application-command interaction (there is no public way to dispatch one that did not come from
the gateway). ``pyproject.toml`` pins discord.py below its next minor version; whoever raises
the pin checks this module first. ``tests/cli/test_console.py`` fails if ``_call`` changes
shape or stops dispatching, so an upgrade that breaks the console cannot pass unnoticed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import discord
import msgspec
from discord import app_commands

from bot.cli.invocation import (
    CommandSpec,
    Invocation,
    OptionSpec,
    Suggest,
    UsageError,
    parse_invocation,
    supported,
)
from bot.cli.report import describe_report
from bot.client.help import server_only
from bot.config import Settings
from bot.db.connection import Database
from bot.ingestion.scan import SeedsFolderError
from bot.ingestion.service import ingest_seeds
from bot.knowledge import Knowledge

CONSOLE_USER_ID = 1
_EXIT_WORDS = {"exit", "quit", "/exit", "/quit"}


class ConsoleUser(msgspec.Struct):
    """The person at the terminal, as the interaction's user."""

    id: int = CONSOLE_USER_ID
    name: str = "console"
    display_name: str = "console"
    bot: bool = False

    @property
    def mention(self) -> str:
        return f"@{self.name}"


class _Response(msgspec.Struct):
    """Tracks whether the command answered; the presenter prints, nothing is sent."""

    done: bool = False
    choices: list[app_commands.Choice[Any]] = msgspec.field(default_factory=list)
    """What an autocomplete callback offered."""

    def is_done(self) -> bool:
        return self.done

    async def defer(self, **_: Any) -> None:
        self.done = True

    async def autocomplete(self, choices: list[app_commands.Choice[Any]]) -> None:
        self.choices, self.done = list(choices), True


class OfflineInteraction(msgspec.Struct):
    """Just enough of :class:`discord.Interaction` for the command tree, outside any server."""

    client: discord.Client
    data: dict[str, Any]
    type: discord.InteractionType = discord.InteractionType.application_command
    user: ConsoleUser = msgspec.field(default_factory=ConsoleUser)
    guild: None = None
    guild_id: None = None
    channel: None = None
    channel_id: None = None
    locale: discord.Locale = discord.Locale.british_english
    response: _Response = msgspec.field(default_factory=_Response)
    command_failed: bool = False
    extras: dict[str, Any] = msgspec.field(default_factory=dict)
    created_at: dt.datetime = msgspec.field(default_factory=lambda: dt.datetime.now(dt.UTC))
    _state: Any = None
    _cs_command: Any = None
    _cs_namespace: Any = None

    @property
    def command(self) -> Any:
        return self._cs_command

    @property
    def namespace(self) -> Any:
        return self._cs_namespace


def command_specs(tree: app_commands.CommandTree[Any]) -> list[CommandSpec]:
    """Every slash command in the tree with the options the console can type."""
    specs = []
    for command in tree.walk_commands():
        # Server-only commands (moderation, owner tools) cannot run outside a server.
        if isinstance(command, app_commands.Command) and not server_only(command):
            options = tuple(
                OptionSpec(
                    p.display_name,
                    p.type,
                    p.required,
                    p.description,
                    minimum=p.min_value,
                    maximum=p.max_value,
                    choices=tuple(str(choice.value) for choice in p.choices),
                    autocomplete=p.autocomplete,
                )
                for p in command.parameters
                if supported(p.type)
            )
            specs.append(CommandSpec(command.qualified_name, command.description, options))
    return sorted(specs, key=lambda spec: spec.qualified_name)


_OFFLINE_INSTEAD = {
    "news": " Offline, put the article's file in the seeds folder (`python -m bot fetch <url>`"
    " writes one from a web page), and `python -m bot feeds` manages the feeds.",
}
"""What an operator can do offline instead of a server-only command, by its top-level name."""


async def run_line(client: discord.Client, tree: app_commands.CommandTree[Any], line: str) -> None:
    """Run one typed command; raises :class:`UsageError` when the line names nothing runnable
    (a server-only command gets a message that says so)."""
    try:
        invocation = parse_invocation(line, command_specs(tree))
    except UsageError:
        named = _server_only_named(tree, line)
        if named is None:
            raise
        offline = _OFFLINE_INSTEAD.get(named.split()[0], "")
        raise UsageError(f"/{named} runs only on Discord, inside a server.{offline}") from None
    interaction = OfflineInteraction(client, invocation.interaction_data())
    await tree._call(interaction)  # type: ignore[arg-type]  # the tree's own dispatch path


def _server_only_named(tree: app_commands.CommandTree[Any], line: str) -> str | None:
    """The server-only command ``line`` starts with, or the group of them (``/alerts``)."""
    words = line.strip().removeprefix("/").split()
    runnable_roots = set()
    for command in tree.walk_commands():
        if not isinstance(command, app_commands.Command):
            continue
        name = command.qualified_name.split()
        if not server_only(command):
            runnable_roots.add(name[0])
        elif words[: len(name)] == name:
            return command.qualified_name
    if words and tree.get_command(words[0]) is not None and words[0] not in runnable_roots:
        return words[0]
    return None


async def suggest_values(
    client: discord.Client,
    tree: app_commands.CommandTree[Any],
    command: CommandSpec,
    option: OptionSpec,
    typed: str,
) -> list[str]:
    """Values to complete ``typed`` with: the option's choices, or what the command's own
    autocomplete offers a member on Discord (characters, people, article titles)."""
    if option.choices:
        return [c for c in option.choices if c.casefold().startswith(typed.casefold())]
    if not option.autocomplete:
        return []
    data = Invocation(command, {}).autocomplete_data(option.name, typed)
    interaction = OfflineInteraction(client, data, type=discord.InteractionType.autocomplete)
    await tree._call(interaction)  # type: ignore[arg-type]  # the tree's own dispatch path
    return [choice.name for choice in interaction.response.choices]


async def read_seeds_again(db: Database, settings: Settings, knowledge: Knowledge) -> None:
    """Read the seeds folder again (before each console command, as the bot on Discord watches
    it): a file dropped in while the console is open is answered from, and said so."""
    try:
        report = await ingest_seeds(db, settings)
    except SeedsFolderError as error:  # the folder went away: answer from what is known
        print(f"Error: {error}", file=sys.stderr)
        return
    if report.changed_anything:
        knowledge.invalidate()
        print(describe_report(report))


async def interactive(
    client: discord.Client,
    tree: app_commands.CommandTree[Any],
    *,
    before_each: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """The prompt loop: one command per line until exit or end of input; ``before_each`` runs
    before each command (the CLI reads the seeds folder again there)."""
    specs = command_specs(tree)
    print("Type a slash command (Tab completes), 'help' for the list, 'exit' to leave.")

    async def suggest(command: CommandSpec, option: OptionSpec, typed: str) -> list[str]:
        return await suggest_values(client, tree, command, option, typed)

    async for line in _lines(specs, suggest):
        command = line.strip()
        if command.casefold() in _EXIT_WORDS:
            return
        if command.casefold() in {"help", "?"}:
            for spec in specs:
                options = " ".join(f"{o.name}:" for o in spec.options)
                print(f"/{spec.qualified_name} {options}  {spec.description}")
        elif command:
            if before_each is not None:
                await before_each()
            try:
                await run_line(client, tree, command)
            except UsageError as error:
                print(error)


async def _lines(specs: list[CommandSpec], suggest: Suggest) -> AsyncIterator[str]:
    """Typed lines: a prompt with completion on a terminal, plain lines from a pipe."""
    if not sys.stdin.isatty():
        while line := await asyncio.to_thread(sys.stdin.readline):
            yield line
        return
    # Imported only here: the terminal prompt's library would cost the bot on Discord memory
    # and start-up time for nothing.
    from bot.cli.prompt import prompt_lines  # noqa: PLC0415

    async for line in prompt_lines(specs, suggest):
        yield line
