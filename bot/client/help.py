"""The ``/help`` answers, built from the command tree itself so they never go stale.

A command's ``extras`` may hold ``example`` (one template) and ``examples`` (more), naming
values from the knowledge base (``{character}``, ``{actor}``, ``{speaker}``, ``{article}``), so
every example is one a member can run as it is; an example naming something the bot does not
know yet is left out. ``extras["moderators"]`` marks a moderator's command where Discord's
default permissions cannot (a subcommand of a group members use too), which needs a server
to act on; ``extras["hidden"]`` keeps a command out of help altogether (the owner's ``/sync``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from discord import app_commands

from bot.answers.lookups import CommandHelp, Help, HelpEntry, HelpOption, HelpSection

SlashCommand = app_commands.Command[Any, ..., Any]


def for_moderators(command: SlashCommand) -> bool:
    """Whether only members who may manage the server can use ``command``."""
    if command.extras.get("moderators"):
        return True
    root = command.root_parent or command
    permissions = command.default_permissions or root.default_permissions
    return bool(permissions and (permissions.manage_guild or permissions.administrator))


def server_only(command: SlashCommand) -> bool:
    """Whether ``command`` runs only inside a server (not in DMs, nor the offline console,
    where the operator may still use moderators' commands that need no server, as ``/facts``)."""
    root = command.root_parent or command
    return bool(command.guild_only or root.guild_only or command.extras.get("moderators"))


def visible(command: SlashCommand, *, moderator: bool, in_server: bool) -> bool:
    """Whether help shows ``command`` to this member, where they are."""
    if command.extras.get("hidden"):
        return False
    if server_only(command) and not in_server:
        return False
    return moderator or not for_moderators(command)


def build_help(
    commands: Iterable[SlashCommand],
    examples: Mapping[str, str],
    *,
    moderator: bool = False,
    in_server: bool = True,
) -> Help:
    """The commands this member can use here, grouped by the cog that owns them, each with a
    usage line and an example; moderators' commands are marked (and shown to moderators only).
    """
    sections: dict[str, list[HelpEntry]] = {}
    for command in commands:
        if not visible(command, moderator=moderator, in_server=in_server):
            continue
        section = command.binding.__cog_name__ if command.binding is not None else "Other"
        runnable = _examples(command, examples)
        sections.setdefault(section, []).append(
            HelpEntry(
                usage(command),
                command.description,
                runnable[0] if runnable else "",
                for_moderators=for_moderators(command),
            )
        )
    return Help(tuple(HelpSection(name, tuple(entries)) for name, entries in sections.items()))


def command_help(command: SlashCommand, examples: Mapping[str, str]) -> CommandHelp:
    """One command in full: what it does, every option, and examples to run."""
    options = tuple(
        HelpOption(
            p.display_name,
            p.description,
            p.required,
            tuple(str(choice.value) for choice in p.choices),
        )
        for p in command.parameters
    )
    return CommandHelp(
        name=command.qualified_name,
        description=command.description,
        usage=usage(command),
        options=options,
        examples=tuple(_examples(command, examples)),
        for_moderators=for_moderators(command),
    )


def usage(command: SlashCommand) -> str:
    options = [
        f"{p.display_name}:" if p.required else f"[{p.display_name}:]"
        for p in command.parameters
        if p.display_name != "private"
    ]
    return " ".join([f"/{command.qualified_name}", *options])


def _examples(command: SlashCommand, known: Mapping[str, str]) -> list[str]:
    """The command's examples that the knowledge base can fill in, then one per choice."""
    templates = [command.extras.get("example"), *command.extras.get("examples", ())]
    found = []
    for template in templates:
        if isinstance(template, str):
            try:
                found.append(template.format_map(known))
            except KeyError:  # the knowledge base has nothing to show for it yet
                continue
    for parameter in command.parameters:
        for choice in parameter.choices[1:]:
            found.append(f"/{command.qualified_name} {parameter.display_name}:{choice.value}")
    if not found and not any(p.required for p in command.parameters):
        found.append(f"/{command.qualified_name}")
    return list(dict.fromkeys(found))
